/**
 * Which simulators the configuration asks for, and on which port. Kept apart from run.ts so the
 * list can grow (Partner Central, Account Engagement) without touching process handling.
 */
import type { Config } from '../config.js';
import {
  ACCOUNT_ENGAGEMENT_SIMULATOR_PORT,
  createAccountEngagementSimulator,
} from '../sources/account-engagement/simulator/index.js';
import {
  createLeadSquaredSimulator,
  simulatorKeys,
} from '../sources/leadsquared/simulator/index.js';
import {
  createPartnerCentralSimulator,
  PARTNER_CENTRAL_SIMULATOR_PORT,
} from '../sources/partner-central/simulator/index.js';
import type { SimulatorServer } from '../core/simulator/simulator-server.js';

/** Fixed ports for `npm run simulators` when the configuration leaves the port at 0. */
export const DEFAULT_SIMULATOR_PORTS = { leadsquared: 4101 } as const;

export interface ConfiguredSimulator {
  readonly server: SimulatorServer;
  readonly port: number;
}

export function configuredSimulators(config: Config): ConfiguredSimulator[] {
  const leadSquared = config.sources.leadSquared;
  return [
    {
      server: createLeadSquaredSimulator({
        records: config.simulatorRecords,
        eventCodes: leadSquared.eventCodes,
        ...simulatorKeys(leadSquared),
        rateLimit: leadSquared.quota,
      }),
      port: leadSquared.simulatorPort || DEFAULT_SIMULATOR_PORTS.leadsquared,
    },
    {
      server: createPartnerCentralSimulator({
        records: config.simulatorRecords,
        taskDurationMs: config.sources.partnerCentral.simulatorTaskDurationMs,
        throttling: { scale: config.sources.partnerCentral.quotaScale },
      }),
      port: config.sources.partnerCentral.simulatorPort || PARTNER_CENTRAL_SIMULATOR_PORT,
    },
    {
      // No Account Engagement configuration yet: default credentials (SIMULATOR_* constants).
      server: createAccountEngagementSimulator({ records: config.simulatorRecords }),
      port: config.sources.accountEngagement.simulatorPort || ACCOUNT_ENGAGEMENT_SIMULATOR_PORT,
    },
  ];
}
