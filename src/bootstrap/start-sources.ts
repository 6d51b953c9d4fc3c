import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { SimulatorServer } from '../core/simulator/index.js';
import { announceMode } from '../sources/announce-mode.js';
import { sourceStatus, type SourceStatus } from '../sources/readiness.js';
import {
  sourceModules,
  type Services,
  type SourceKey,
  type SourceSimulators,
} from '../sources/registry.js';
import type { SharedSettings, StartedSource } from '../sources/source.js';
import type { Readiness } from '../sources/readiness.js';
import type { SharedState } from '../core/shared/index.js';

export interface RunningSources {
  readonly services: Services;
  readonly readiness: Readiness;
  /** The in-process simulators, for tests that read their request logs or inject faults. */
  readonly simulators: SourceSimulators;
  close(): Promise<void>;
}

/** Every source module's client from the config, each on its simulator when it has no credentials. */
export async function startSources(
  config: Config,
  logger: Logger,
  state: SharedState,
): Promise<RunningSources> {
  const shared: SharedSettings = {
    simulatorRecords: config.simulatorRecords,
    fromEnvFile: config.fromEnvFile,
    state,
  };
  const started: {
    key: SourceKey;
    source: StartedSource<unknown, SimulatorServer>;
    status: () => Promise<SourceStatus>;
  }[] = [];
  const closeAll = () => Promise.all(started.map(({ source }) => source.close()));
  // Sources start one after another; if one fails, those already started are stopped again.
  for (const module of sourceModules) {
    const key = module.key as SourceKey;
    const sourceConfig = config.sources[key];
    try {
      const source = await module.start(sourceConfig, shared, logger);
      started.push({
        key,
        source,
        status: sourceStatus(module.source, source.simulator, source.probe, logger),
      });
      announceMode(logger, {
        source: module.source,
        label: module.label,
        mode: sourceConfig.mode,
        liveBecause: sourceConfig.liveBecause,
        fromEnvFile: shared.fromEnvFile,
        ...(source.simulator ? { url: source.simulator.url } : {}),
      });
    } catch (error) {
      await closeAll();
      throw error;
    }
  }
  const simulators = started.flatMap(({ key, source }) =>
    source.simulator ? [[key, source.simulator] as const] : [],
  );
  return {
    services: Object.fromEntries(
      started.map(({ key, source }) => [key, source.service]),
    ) as unknown as Services,
    simulators: Object.fromEntries(simulators) as SourceSimulators,
    readiness: async () => {
      const statuses = await Promise.all(started.map(({ status }) => status()));
      return Object.fromEntries(started.map(({ key }, index) => [key, statuses[index]])) as Record<
        string,
        SourceStatus
      >;
    },
    close: async () => {
      await closeAll();
    },
  };
}
