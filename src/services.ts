import type { AccountEngagementConfig, LeadSquaredConfig, PartnerCentralConfig } from './config.js';
import type { AccountEngagementClient } from './sources/account-engagement/client.js';
import type { LeadSquaredClient } from './sources/leadsquared/client.js';
import type { PartnerCentralClient } from './sources/partner-central/client.js';

/**
 * The source clients, built once at boot from the validated config. They hold no per-request
 * state; everything per request lives in the Context.
 */
export interface Services {
  readonly leadSquared: { readonly client: LeadSquaredClient; readonly config: LeadSquaredConfig };
  readonly partnerCentral: {
    readonly client: PartnerCentralClient;
    readonly config: PartnerCentralConfig;
  };
  readonly accountEngagement: {
    readonly client: AccountEngagementClient;
    readonly config: AccountEngagementConfig;
  };
}
