import type { Config } from '../config.js';
import { configuredSimulators } from '../simulators/configured-simulators.js';
import { AccountEngagementSimulator } from '../sources/account-engagement/simulator/index.js';
import { LeadSquaredSimulator } from '../sources/leadsquared/simulator/index.js';
import { PartnerCentralSimulator } from '../sources/partner-central/simulator/index.js';

/** The three simulators, for their seeded records. */
export interface SeededSimulators {
  readonly leadSquared: LeadSquaredSimulator;
  readonly partnerCentral: PartnerCentralSimulator;
  readonly accountEngagement: AccountEngagementSimulator;
}

/**
 * The simulators `npm run simulators` builds from `config`, never started: their seeds are fixed,
 * so these hold the same records as a simulator process started with the same variables, and the
 * benchmark picks real ids from them without an upstream call.
 */
export function seededSimulators(config: Config): SeededSimulators {
  const servers = configuredSimulators(config).map(({ server }) => server);
  const find = <T>(type: abstract new (...args: never[]) => T): T => {
    const found = servers.find((server) => server instanceof type);
    if (!found) throw new Error(`no ${type.name} among the configured simulators`);
    return found as T;
  };
  return {
    leadSquared: find(LeadSquaredSimulator),
    partnerCentral: find(PartnerCentralSimulator),
    accountEngagement: find(AccountEngagementSimulator),
  };
}
