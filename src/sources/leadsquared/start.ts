import { Secret } from '../../config/secret.js';
import type { Logger } from '../../logging/logger.js';
import { LeadSquaredClient } from './client.js';
import {
  createLeadSquaredSimulator,
  simulatorKeys,
  type LeadSquaredSimulator,
} from './simulator/index.js';
import type { SharedSettings, StartedSource } from '../source.js';
import type { LeadSquaredConfig } from './config.js';
import type { LeadSquaredService } from './service.js';

/**
 * LeadSquared from config. In simulator mode its simulator starts in-process on 127.0.0.1 and the
 * client is pointed there with the simulator's keys; the log says so, because serving simulated
 * data must never go unnoticed.
 */
export async function startLeadSquared(
  lsq: LeadSquaredConfig,
  shared: SharedSettings,
  logger: Logger,
): Promise<StartedSource<LeadSquaredService, LeadSquaredSimulator>> {
  let simulator: LeadSquaredSimulator | undefined;
  let baseUrl = lsq.baseUrl;
  let keys = { accessKey: lsq.accessKey, secretKey: lsq.secretKey };
  if (lsq.mode === 'simulator') {
    const simKeys = simulatorKeys(lsq);
    simulator = createLeadSquaredSimulator({
      records: shared.simulatorRecords,
      eventCodes: lsq.eventCodes,
      ...simKeys,
      rateLimit: lsq.quota,
    });
    baseUrl = `${await simulator.start(lsq.simulatorPort)}/v2/`;
    keys = { accessKey: new Secret(simKeys.accessKey), secretKey: new Secret(simKeys.secretKey) };
  }
  const client = new LeadSquaredClient({
    baseUrl,
    accessKey: keys.accessKey!,
    secretKey: keys.secretKey!,
    timeoutMs: lsq.timeoutMs,
    quota: lsq.quota,
    state: shared.state,
    cache: lsq.cache,
  });
  return {
    service: { client, config: lsq },
    simulator,
    probe: (deadline) => client.probe({ deadline, logger }),
    close: async () => {
      client.close();
      await simulator?.stop();
    },
  };
}
