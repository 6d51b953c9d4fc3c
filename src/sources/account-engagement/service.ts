import type { AccountEngagementClient } from './client.js';
import type { AccountEngagementConfig } from './config.js';

/** What the app holds of Account Engagement for its lifetime: the one client and its configuration. */
export interface AccountEngagementService {
  readonly client: AccountEngagementClient;
  readonly config: AccountEngagementConfig;
}
