/**
 * Salesforce Account Engagement (Pardot) API v3/v4 simulator: opportunity and prospect endpoints
 * plus the Salesforce OAuth token endpoint, per docs/upstreams/account-engagement.md. The
 * simulated business unit answers one API version, as production does: 4 while its prospects may
 * share an email (the default), else 3 (request/version-rule).
 * Where the documentation is silent the choices are documented next to the code (and listed in
 * docs/upstreams/account-engagement.md#where-the-documentation-is-silent); the main ones:
 * UTC everywhere (timestamps, date keywords, the quota's day), 204 for delete/undelete, 400 for
 * every error except 184/199 (401) and 60 (405), ties broken by id ascending, an empty form value
 * clears a field on update, and JWT signatures are verified only when `oauth.jwtPublicKey` is set.
 */
export {
  ACCOUNT_ENGAGEMENT_SIMULATOR_PORT,
  AccountEngagementSimulator,
  createAccountEngagementSimulator,
  DEFAULT_DAILY_QUOTA,
  DEFAULT_MAX_CONCURRENT,
  DEFAULT_RECORDS,
  DEFAULT_TOKEN_TTL_MS,
  type AccountEngagementSimulatorOptions,
} from './create-simulator.js';
export {
  JWT_AUDIENCES,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_ORG_ID,
  SIMULATOR_REFRESH_TOKEN,
  SIMULATOR_USER_ID,
  SIMULATOR_USERNAME,
  type OAuthCredentials,
} from './auth/credentials.js';
export { BUSINESS_UNIT_HEADER } from './auth/api-auth.js';
export { JWT_BEARER_GRANT } from './auth/token-endpoint.js';
export { SLOT_TIMEOUT_MS } from './limits/in-flight.js';
export { AccountEngagementDataset } from './data/dataset.js';
export { DATASET_BASE_DATE, FIRST_CAMPAIGN_ID, FIRST_PROSPECT_ID } from './data/seed.js';
export type { CampaignRecord, OpportunityRecord, ProspectRecord } from './data/records.js';
export { ERROR_MESSAGES, type ErrorCode } from './errors.js';
export { OPERATIONS, TOKEN_PATH, type ApiVersion } from './request/routes.js';
export { MAX_QUERY_LIMIT, OPPORTUNITY_SORT_KEYS } from './operations/opportunity-query.js';
export { PROSPECT_SORT_KEYS } from './operations/prospect-query.js';
export { OUTPUT_MODES, type OutputMode } from './shapes/output-mode.js';
export { formatTimestamp, timestampMs } from './dates/timestamps.js';
export { parseDateInput } from './dates/date-input.js';
export { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from './wire/respond.js';
export { SIMULATOR_NAME, REDACTED_PARAMS } from './definition.js';
