export {
  createLeadSquaredSimulator,
  DEFAULT_EVENT_CODES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RECORDS,
  LeadSquaredSimulator,
  type LeadSquaredSimulatorOptions,
} from './create-simulator.js';
export { LeadSquaredDataset } from './dataset.js';
export { DATASET_BASE_DATE, seedLeadSquaredDataset, type DatasetOptions } from './seed-dataset.js';
export type { LeadRecord, OpportunityRecord, OpportunityStatus, OwnerRecord } from './records.js';
export { formatSqlDateTime, formatUsDateTime, parseSqlDateTime } from './date-formats.js';
export { SIMULATOR_ACCESS_KEY, SIMULATOR_SECRET_KEY, simulatorKeys } from './keys.js';
export type { ThrottleStatus } from './definition.js';
export type { RateLimit } from './rate-limiter.js';
export { OPERATIONS } from './routes.js';
export { MAX_OPPORTUNITY_IDS } from './handlers/get-opportunities-by-id.js';
export { MAX_LEAD_IDS } from './handlers/retrieve-leads-by-ids.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging-sorting.js';
