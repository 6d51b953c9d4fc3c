import type { LeadSquaredClient } from './client.js';
import type { LeadSquaredConfig } from './config.js';

/** What the app holds of LeadSquared for its lifetime: the one client and its configuration. */
export interface LeadSquaredService {
  readonly client: LeadSquaredClient;
  readonly config: LeadSquaredConfig;
}
