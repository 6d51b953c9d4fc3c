import type { Config } from '../config.js';
import { Secret } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import { LeadSquaredClient } from '../sources/leadsquared/client.js';
import {
  createLeadSquaredSimulator,
  simulatorKeys,
  type LeadSquaredSimulator,
} from '../sources/leadsquared/simulator/index.js';
import { cachedProbe, type Readiness } from './readiness.js';

export interface RunningSources {
  readonly services: Services;
  readonly readiness: Readiness;
  /** The in-process simulators, for tests that read their request logs or inject faults. */
  readonly simulators: { readonly leadSquared?: LeadSquaredSimulator };
  close(): Promise<void>;
}

const PROBE_TTL_MS = 30_000;
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Builds every source client from the config. A source in simulator mode gets its simulator
 * started in-process on 127.0.0.1, and its client pointed there with the simulator's keys; the log
 * says so, because serving simulated data must never go unnoticed.
 */
export async function startSources(config: Config, logger: Logger): Promise<RunningSources> {
  const lsq = config.sources.leadSquared;
  let simulator: LeadSquaredSimulator | undefined;
  let baseUrl = lsq.baseUrl;
  let keys = { accessKey: lsq.accessKey, secretKey: lsq.secretKey };
  if (lsq.mode === 'simulator') {
    const simKeys = simulatorKeys(lsq);
    simulator = createLeadSquaredSimulator({
      records: config.simulatorRecords,
      eventCodes: lsq.eventCodes,
      ...simKeys,
      rateLimit: lsq.quota,
    });
    baseUrl = `${await simulator.start(lsq.simulatorPort)}/v2/`;
    keys = { accessKey: new Secret(simKeys.accessKey), secretKey: new Secret(simKeys.secretKey) };
    logger.info(
      { source: 'LEADSQUARED', mode: 'simulator', url: simulator.url },
      'LeadSquared has no credentials: serving the built-in simulator',
    );
  } else {
    logger.info({ source: 'LEADSQUARED', mode: 'live' }, 'LeadSquared: live upstream');
  }
  const client = new LeadSquaredClient({
    baseUrl,
    accessKey: keys.accessKey!,
    secretKey: keys.secretKey!,
    timeoutMs: lsq.timeoutMs,
    quota: lsq.quota,
  });
  const probe = cachedProbe(
    () => client.probe({ deadline: Date.now() + PROBE_TIMEOUT_MS, logger }),
    PROBE_TTL_MS,
  );

  return {
    services: { leadSquared: { client, config: lsq } },
    simulators: { ...(simulator ? { leadSquared: simulator } : {}) },
    readiness: async () => ({
      leadSquared: simulator
        ? { status: 'ready', mode: 'simulator', url: simulator.url }
        : { status: (await probe()) ? 'ready' : 'unavailable', mode: 'live' },
    }),
    close: async () => {
      client.close();
      await simulator?.stop();
    },
  };
}
