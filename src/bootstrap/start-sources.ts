import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import type { LeadSquaredSimulator } from '../sources/leadsquared/simulator/index.js';
import type { PartnerCentralSimulator } from '../sources/partner-central/simulator/index.js';
import type { AccountEngagementSimulator } from '../sources/account-engagement/simulator/index.js';
import { startAccountEngagement } from '../sources/account-engagement/start.js';
import { startLeadSquared } from '../sources/leadsquared/start.js';
import { startPartnerCentral } from '../sources/partner-central/start.js';
import type { Readiness } from '../sources/readiness.js';

export interface RunningSources {
  readonly services: Services;
  readonly readiness: Readiness;
  /** The in-process simulators, for tests that read their request logs or inject faults. */
  readonly simulators: {
    readonly leadSquared?: LeadSquaredSimulator;
    readonly partnerCentral?: PartnerCentralSimulator;
    readonly accountEngagement?: AccountEngagementSimulator;
  };
  close(): Promise<void>;
}

/** Every source client from the config, each on its simulator when it has no credentials. */
export async function startSources(config: Config, logger: Logger): Promise<RunningSources> {
  const started: { close(): Promise<void> }[] = [];
  // Sources start one after another; if one fails, those already started are stopped again.
  const start = async <T extends { close(): Promise<void> }>(
    begin: () => Promise<T>,
  ): Promise<T> => {
    try {
      const source = await begin();
      started.push(source);
      return source;
    } catch (error) {
      await Promise.all(started.map((source) => source.close()));
      throw error;
    }
  };
  const leadSquared = await start(() => startLeadSquared(config, logger));
  const partnerCentral = await start(() => startPartnerCentral(config, logger));
  const accountEngagement = await start(() => startAccountEngagement(config, logger));
  return {
    services: {
      leadSquared: leadSquared.service,
      partnerCentral: partnerCentral.service,
      accountEngagement: accountEngagement.service,
    },
    simulators: {
      ...(leadSquared.simulator ? { leadSquared: leadSquared.simulator } : {}),
      ...(partnerCentral.simulator ? { partnerCentral: partnerCentral.simulator } : {}),
      ...(accountEngagement.simulator ? { accountEngagement: accountEngagement.simulator } : {}),
    },
    readiness: async () => {
      const [lsq, pc, ae] = await Promise.all([
        leadSquared.status(),
        partnerCentral.status(),
        accountEngagement.status(),
      ]);
      return { leadSquared: lsq, partnerCentral: pc, accountEngagement: ae };
    },
    close: async () => {
      await Promise.all(started.map((source) => source.close()));
    },
  };
}
