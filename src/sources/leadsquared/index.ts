/** LeadSquared as a source module (the contract: ../source.ts). */
import type { CallContext } from '../../core/http/index.js';
import { OpportunitySource } from '../../core/domain/enums.js';
import type { StreamSpec } from '../../core/pagination/merged/stream.js';
import type { SourceModule } from '../source.js';
import { leadSquaredStream } from './stream.js';
import { LEADSQUARED_VARIABLES, readLeadSquaredConfig, type LeadSquaredConfig } from './config.js';
import { createLeadSquaredLeadLoader, type LeadSquaredLeadLoader } from './loaders/lead.loader.js';
import {
  createLeadSquaredOpportunityLoader,
  type LeadSquaredOpportunityLoader,
} from './loaders/opportunity.loader.js';
import type { LeadSquaredService } from './service.js';
import {
  createLeadSquaredSimulator,
  simulatorKeys,
  type LeadSquaredSimulator,
} from './simulator/index.js';
import { startLeadSquared } from './start.js';

/** The port `npm run simulators` gives the simulator when LEADSQUARED_SIMULATOR_PORT is 0. */
export const LEADSQUARED_SIMULATOR_PORT = 4101;

type LeadSquaredStreamSpec = StreamSpec & { readonly eventCode: number };

export interface LeadSquaredLoaders {
  readonly leadSquaredOpportunity: LeadSquaredOpportunityLoader;
  readonly leadSquaredLead: LeadSquaredLeadLoader;
}

export const leadSquaredModule: SourceModule<
  'leadSquared',
  LeadSquaredConfig,
  LeadSquaredService,
  LeadSquaredSimulator,
  LeadSquaredLoaders
> = {
  key: 'leadSquared',
  source: 'LEADSQUARED',
  label: 'LeadSquared',
  variables: LEADSQUARED_VARIABLES,
  readConfig: readLeadSquaredConfig,
  start: startLeadSquared,
  simulatorListen: ({ mode, simulatorPort }) =>
    mode === 'simulator'
      ? { variable: 'LEADSQUARED_SIMULATOR_PORT', port: simulatorPort }
      : undefined,
  standaloneSimulator: (lsq, shared) => ({
    server: createLeadSquaredSimulator({
      records: shared.simulatorRecords,
      eventCodes: lsq.eventCodes,
      ...simulatorKeys(lsq),
      rateLimit: lsq.quota,
    }),
    port: lsq.simulatorPort || LEADSQUARED_SIMULATOR_PORT,
  }),
  createLoaders: (service: LeadSquaredService, call: CallContext) => ({
    leadSquaredOpportunity: createLeadSquaredOpportunityLoader(service, call),
    leadSquaredLead: createLeadSquaredLeadLoader(service, call),
  }),
  merged: {
    streams: ({ config }) =>
      config.eventCodes.map((eventCode) => ({
        name: `lsq:${eventCode}`,
        source: OpportunitySource.LEADSQUARED,
        label: `LeadSquared opportunity type ${eventCode}`,
        eventCode,
      })),
    open: (spec, query, ctx, columns) =>
      leadSquaredStream(spec as LeadSquaredStreamSpec, query, ctx, columns as string[]),
  },
  // The API keys travel as headers (and as options named so); never in a log line.
  redactPaths: [
    'headers["x-lsq-accesskey"]',
    'headers["x-lsq-secretkey"]',
    '*.headers["x-lsq-accesskey"]',
    '*.headers["x-lsq-secretkey"]',
    'accessKey',
    'secretKey',
    '*.accessKey',
    '*.secretKey',
  ],
};
