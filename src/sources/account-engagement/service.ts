import type { AccountEngagementCache } from './cache/account-engagement-cache.js';
import type { AccountEngagementClient } from './client.js';
import type { AccountEngagementConfig } from './config.js';
import type { AccountEngagementOpportunitiesById } from './loaders/opportunities-by-id.js';

/**
 * What the app holds of Account Engagement for its lifetime: the one client, its configuration,
 * the reads through the shared cache (with the invalidation of what writes change), and the
 * look-ups by id that requests share.
 */
export interface AccountEngagementService {
  readonly client: AccountEngagementClient;
  readonly config: AccountEngagementConfig;
  readonly cache: AccountEngagementCache;
  /** Opportunities by id, merged across the requests waiting for a slot. */
  readonly opportunitiesById: AccountEngagementOpportunitiesById;
}
