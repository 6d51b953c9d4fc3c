import type { Logger } from '../../logging/logger.js';
import { PartnerCentralClient } from './client.js';
import { createPartnerCentralSimulator, type PartnerCentralSimulator } from './simulator/index.js';
import type { SharedSettings, StartedSource } from '../source.js';
import type { PartnerCentralConfig } from './config.js';
import type { PartnerCentralService } from './service.js';
import { PartnerCentralReads } from './shared-reads.js';
import { PartnerCentralOpportunitiesById } from './opportunities-by-id.js';
import { FLEET_MARGIN_MS, PROCESS_MARGIN_MS } from './operation-limiters.js';

/**
 * The simulator requires a SigV4 header but checks no signature
 * (docs/upstreams/partner-central.md#authentication); the SDK needs credentials to sign with.
 * These open nothing but simulated data.
 */
const SIMULATOR_CREDENTIALS = { accessKeyId: 'simulator', secretAccessKey: 'simulator-secret' };

/**
 * Partner Central from config. Live mode takes the SDK's default credential chain (environment,
 * profile, SSO, container and instance roles); simulator mode starts the simulator in-process and
 * reaches it by endpoint override.
 */
export async function startPartnerCentral(
  pc: PartnerCentralConfig,
  shared: SharedSettings,
  logger: Logger,
): Promise<StartedSource<PartnerCentralService, PartnerCentralSimulator>> {
  let simulator: PartnerCentralSimulator | undefined;
  if (pc.mode === 'simulator') {
    simulator = createPartnerCentralSimulator({
      records: shared.simulatorRecords,
      taskDurationMs: pc.simulatorTaskDurationMs,
      // The simulator enforces the same quotas the client is configured for.
      throttling: { scale: pc.quotaScale },
      // It requires the credential scope the client signs with.
      region: pc.region,
    });
    await simulator.start(pc.simulatorPort);
  }
  const client = new PartnerCentralClient({
    region: pc.region,
    endpoint: simulator ? simulator.url : pc.endpoint,
    credentials: simulator ? SIMULATOR_CREDENTIALS : undefined,
    timeoutMs: pc.timeoutMs,
    quotaScale: pc.quotaScale,
    // Replicas on one Redis share each operation's windows; in memory, this process's own.
    quotaLimiter: (key, spec) => shared.state.quotaLimiter(key, spec),
    quotaMarginMs: shared.state.fleetWide ? FLEET_MARGIN_MS : PROCESS_MARGIN_MS,
  });
  const reads = new PartnerCentralReads(shared.state, pc.cache);
  return {
    service: {
      client,
      config: pc,
      reads,
      opportunitiesById: new PartnerCentralOpportunitiesById(client, reads),
    },
    simulator,
    probe: async (deadline) => {
      await client.listOpportunities(
        { Catalog: pc.catalogs[0] ?? 'AWS', MaxResults: 1 },
        { deadline, logger },
      );
    },
    close: async () => {
      client.close();
      await simulator?.stop();
    },
  };
}
