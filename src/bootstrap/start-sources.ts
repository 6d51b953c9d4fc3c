import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { SourceStatus } from '../sources/readiness.js';
import {
  sourceModules,
  type Services,
  type SourceKey,
  type SourceSimulators,
} from '../sources/registry.js';
import type { SharedSettings, StartedSource } from '../sources/source.js';
import type { Readiness } from '../sources/readiness.js';

export interface RunningSources {
  readonly services: Services;
  readonly readiness: Readiness;
  /** The in-process simulators, for tests that read their request logs or inject faults. */
  readonly simulators: SourceSimulators;
  close(): Promise<void>;
}

/** Every source module's client from the config, each on its simulator when it has no credentials. */
export async function startSources(config: Config, logger: Logger): Promise<RunningSources> {
  const shared: SharedSettings = {
    simulatorRecords: config.simulatorRecords,
    fromEnvFile: config.fromEnvFile,
  };
  const started: { key: SourceKey; source: StartedSource<unknown, unknown> }[] = [];
  const closeAll = () => Promise.all(started.map(({ source }) => source.close()));
  // Sources start one after another; if one fails, those already started are stopped again.
  for (const module of sourceModules) {
    const key = module.key as SourceKey;
    try {
      started.push({ key, source: await module.start(config.sources[key], shared, logger) });
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
      const statuses = await Promise.all(started.map(({ source }) => source.status()));
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
