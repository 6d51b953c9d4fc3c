import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import type { LeadSquaredSimulator } from '../sources/leadsquared/simulator/index.js';
import type { PartnerCentralSimulator } from '../sources/partner-central/simulator/index.js';
import { startLeadSquared } from './leadsquared.source.js';
import { startPartnerCentral } from './partner-central.source.js';
import type { Readiness } from './readiness.js';

export interface RunningSources {
  readonly services: Services;
  readonly readiness: Readiness;
  /** The in-process simulators, for tests that read their request logs or inject faults. */
  readonly simulators: {
    readonly leadSquared?: LeadSquaredSimulator;
    readonly partnerCentral?: PartnerCentralSimulator;
  };
  close(): Promise<void>;
}

/** Every source client from the config, each on its simulator when it has no credentials. */
export async function startSources(config: Config, logger: Logger): Promise<RunningSources> {
  const leadSquared = await startLeadSquared(config, logger);
  let partnerCentral;
  try {
    partnerCentral = await startPartnerCentral(config, logger);
  } catch (error) {
    await leadSquared.close();
    throw error;
  }
  const started = [leadSquared, partnerCentral];
  return {
    services: { leadSquared: leadSquared.service, partnerCentral: partnerCentral.service },
    simulators: {
      ...(leadSquared.simulator ? { leadSquared: leadSquared.simulator } : {}),
      ...(partnerCentral.simulator ? { partnerCentral: partnerCentral.simulator } : {}),
    },
    readiness: async () => {
      const [lsq, pc] = await Promise.all([leadSquared.status(), partnerCentral.status()]);
      return { leadSquared: lsq, partnerCentral: pc };
    },
    close: async () => {
      await Promise.all(started.map((source) => source.close()));
    },
  };
}
