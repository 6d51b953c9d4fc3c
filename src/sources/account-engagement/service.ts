import type { AccountEngagementCache } from './cache/account-engagement-cache.js';
import type { AccountEngagementClient } from './client.js';
import type { AccountEngagementConfig } from './config.js';

/**
 * What the app holds of Account Engagement for its lifetime: the one client, its configuration,
 * and the reads through the shared cache (with the invalidation of what writes change).
 */
export interface AccountEngagementService {
  readonly client: AccountEngagementClient;
  readonly config: AccountEngagementConfig;
  readonly cache: AccountEngagementCache;
}
