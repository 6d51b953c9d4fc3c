export {
  createPartnerCentralSimulator,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_INVITATIONS,
  DEFAULT_RECORDS,
  DEFAULT_TASK_DURATION_MS,
  PARTNER_CENTRAL_SIMULATOR_PORT,
  PartnerCentralSimulator,
  type PartnerCentralSimulatorOptions,
} from './create-simulator.js';
export { CatalogData } from './data/catalog-data.js';
export type { PartnerCentralData } from './data/seed-catalogs.js';
export { DATASET_BASE_DATE } from './data/seed-opportunities.js';
export { CATALOGS, type Catalog } from './data/records.js';
export type {
  AcceptInvitationTaskRecord,
  EngagementProspectingResult,
  EngagementRecord,
  InvitationRecord,
  OpportunityRecord,
  ProspectingTaskRecord,
} from './data/records.js';
export { DEFAULT_TOKEN_TTL_MS } from './listing/next-token.js';
export { OPERATION_NAMES, type OperationName } from './operations/operation-names.js';
export { DEFAULT_OPPORTUNITY_SORT } from './operations/list-opportunities.js';
export { REQUESTS_PER_SECOND, type ThrottlingOption } from './quotas.js';
export { THROTTLE_WINDOW_MS } from './throttle.js';
export { ACCEPT_FAILURE_REASON } from './tasks/accept-invitation-task.js';
export { ENGAGEMENT_NOT_ELIGIBLE, ENGAGEMENT_NOT_FOUND } from './tasks/prospecting-task.js';
export { opportunitySummary } from './shapes/opportunity-summary.js';
export { SIMULATOR_NAME } from './definition.js';
export { DEFAULT_SIGNING_REGION, SIGNING_NAME } from './authentication.js';
export { sigV4ShapedHeaders, type SigV4ShapeOptions } from './sigv4-shaped-headers.js';
