import type { PartnerCentralClient } from './client.js';
import type { PartnerCentralConfig } from './config.js';

/** What the app holds of Partner Central for its lifetime: the one client and its configuration. */
export interface PartnerCentralService {
  readonly client: PartnerCentralClient;
  readonly config: PartnerCentralConfig;
}
