/** AWS Partner Central as a source module (the contract: ../source.ts). */
import type { CallContext } from '../../core/http/index.js';
import type { Catalog } from '../../core/domain/catalog.js';
import { OpportunitySource } from '../../core/domain/enums.js';
import type { StreamSpec } from '../../core/pagination/merged/stream.js';
import type { SourceModule } from '../source.js';
import { partnerCentralStream } from './stream.js';
import {
  PARTNER_CENTRAL_VARIABLES,
  readPartnerCentralConfig,
  type PartnerCentralConfig,
} from './config.js';
import {
  createEngagementInvitationLoader,
  type EngagementInvitationLoader,
} from './loaders/engagement-invitation.loader.js';
import {
  createEngagementTaskLoader,
  type EngagementTaskLoader,
} from './loaders/engagement-task.loader.js';
import {
  createPartnerCentralOpportunityDetailLoader,
  type PartnerCentralOpportunityDetailLoader,
} from './loaders/opportunity-detail.loader.js';
import {
  createPartnerCentralOpportunityLoader,
  type PartnerCentralOpportunityLoader,
} from './loaders/opportunity.loader.js';
import type { PartnerCentralService } from './service.js';
import {
  createPartnerCentralSimulator,
  PARTNER_CENTRAL_SIMULATOR_PORT,
  type PartnerCentralSimulator,
} from './simulator/index.js';
import { startPartnerCentral } from './start.js';

type PartnerCentralStreamSpec = StreamSpec & { readonly catalog: Catalog };

export interface PartnerCentralLoaders {
  readonly partnerCentralOpportunity: PartnerCentralOpportunityLoader;
  readonly partnerCentralOpportunityDetail: PartnerCentralOpportunityDetailLoader;
  readonly engagementInvitation: EngagementInvitationLoader;
  readonly engagementTask: EngagementTaskLoader;
}

export const partnerCentralModule: SourceModule<
  'partnerCentral',
  PartnerCentralConfig,
  PartnerCentralService,
  PartnerCentralSimulator,
  PartnerCentralLoaders
> = {
  key: 'partnerCentral',
  source: 'PARTNER_CENTRAL',
  label: 'Partner Central',
  variables: PARTNER_CENTRAL_VARIABLES,
  readConfig: readPartnerCentralConfig,
  start: startPartnerCentral,
  simulatorListen: ({ mode, simulatorPort }) =>
    mode === 'simulator'
      ? { variable: 'PARTNER_CENTRAL_SIMULATOR_PORT', port: simulatorPort }
      : undefined,
  standaloneSimulator: (pc, shared) => ({
    server: createPartnerCentralSimulator({
      records: shared.simulatorRecords,
      taskDurationMs: pc.simulatorTaskDurationMs,
      throttling: { scale: pc.quotaScale },
      region: pc.region,
    }),
    port: pc.simulatorPort || PARTNER_CENTRAL_SIMULATOR_PORT,
  }),
  createLoaders: (service: PartnerCentralService, call: CallContext) => ({
    partnerCentralOpportunity: createPartnerCentralOpportunityLoader(service, call),
    partnerCentralOpportunityDetail: createPartnerCentralOpportunityDetailLoader(service, call),
    engagementInvitation: createEngagementInvitationLoader(service, call),
    engagementTask: createEngagementTaskLoader(service, call),
  }),
  merged: {
    streams: ({ config }) =>
      config.catalogs.map((catalog) => ({
        name: `pc:${catalog}`,
        source: OpportunitySource.PARTNER_CENTRAL,
        label: `Partner Central catalog ${catalog}`,
        catalog,
      })),
    open: (spec, query, ctx) => partnerCentralStream(spec as PartnerCentralStreamSpec, query, ctx),
  },
  // The SDK signs requests itself; its credentials never pass through our log calls, and the
  // shared paths (authorization headers) cover the rest.
  redactPaths: [],
};
