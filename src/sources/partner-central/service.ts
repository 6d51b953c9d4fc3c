import type { PartnerCentralClient } from './client.js';
import type { PartnerCentralConfig } from './config.js';
import type { PartnerCentralOpportunitiesById } from './opportunities-by-id.js';
import type { PartnerCentralReads } from './shared-reads.js';

/**
 * What the app holds of Partner Central for its lifetime: the one client, its configuration, and
 * the cached, shared reads over the shared state (this process's, or the fleet's on Redis).
 */
export interface PartnerCentralService {
  readonly client: PartnerCentralClient;
  readonly config: PartnerCentralConfig;
  readonly reads: PartnerCentralReads;
  /** Opportunities by id, cached and merged across requests (ListOpportunities Identifier). */
  readonly opportunitiesById: PartnerCentralOpportunitiesById;
}
