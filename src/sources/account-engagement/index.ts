/** Salesforce Account Engagement (Pardot) as a source module (the contract: ../source.ts). */
import type { CallContext } from '../../core/http/index.js';
import { OpportunitySource } from '../../core/domain/enums.js';
import type { SourceModule } from '../source.js';
import { accountEngagementStream } from './stream.js';
import {
  ACCOUNT_ENGAGEMENT_VARIABLES,
  readAccountEngagementConfig,
  type AccountEngagementConfig,
} from './config.js';
import {
  createAccountEngagementOpportunityLoader,
  type AccountEngagementOpportunityLoader,
} from './loaders/opportunity.loader.js';
import {
  createAccountEngagementProspectLoader,
  type AccountEngagementProspectLoader,
} from './loaders/prospect.loader.js';
import type { AccountEngagementService } from './service.js';
import {
  ACCOUNT_ENGAGEMENT_SIMULATOR_PORT,
  createAccountEngagementSimulator,
  type AccountEngagementSimulator,
} from './simulator/index.js';
import { startAccountEngagement } from './start.js';

export interface AccountEngagementLoaders {
  readonly accountEngagementOpportunity: AccountEngagementOpportunityLoader;
  readonly accountEngagementProspect: AccountEngagementProspectLoader;
}

export const accountEngagementModule: SourceModule<
  'accountEngagement',
  AccountEngagementConfig,
  AccountEngagementService,
  AccountEngagementSimulator,
  AccountEngagementLoaders
> = {
  key: 'accountEngagement',
  source: 'ACCOUNT_ENGAGEMENT',
  label: 'Account Engagement',
  variables: ACCOUNT_ENGAGEMENT_VARIABLES,
  readConfig: readAccountEngagementConfig,
  start: startAccountEngagement,
  // The simulator's demo connected app (SIMULATOR_* constants): it needs no configuration.
  simulatorListen: ({ mode, simulatorPort }) =>
    mode === 'simulator'
      ? { variable: 'ACCOUNT_ENGAGEMENT_SIMULATOR_PORT', port: simulatorPort }
      : undefined,
  standaloneSimulator: (ae, shared) => ({
    server: createAccountEngagementSimulator({
      records: shared.simulatorRecords,
      sharedEmails: ae.simulatorSharedEmails,
    }),
    port: ae.simulatorPort || ACCOUNT_ENGAGEMENT_SIMULATOR_PORT,
  }),
  createLoaders: (service: AccountEngagementService, call: CallContext) => ({
    accountEngagementOpportunity: createAccountEngagementOpportunityLoader(service, call),
    accountEngagementProspect: createAccountEngagementProspectLoader(service, call),
  }),
  merged: {
    // One business unit: one list.
    streams: () => [
      { name: 'ae', source: OpportunitySource.ACCOUNT_ENGAGEMENT, label: 'Account Engagement' },
    ],
    open: (spec, query, ctx, withProspects) =>
      accountEngagementStream(spec, query, ctx, withProspects === true),
  },
  // OAuth client secrets and refresh tokens are Secret instances; `token`/`password` are shared.
  redactPaths: [],
};
