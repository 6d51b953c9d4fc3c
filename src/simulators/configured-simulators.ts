/**
 * Which simulators `npm run simulators` starts, and on which port: every source module's, from
 * the same configuration the app reads. Kept apart from run.ts, which only handles the process.
 */
import type { Config } from '../config.js';
import { sourceModules, type SourceKey } from '../sources/registry.js';
import type { StandaloneSimulator } from '../sources/source.js';

export type ConfiguredSimulator = StandaloneSimulator;

export function configuredSimulators(config: Config): ConfiguredSimulator[] {
  const shared = { simulatorRecords: config.simulatorRecords, fromEnvFile: config.fromEnvFile };
  return sourceModules.map((module) =>
    module.standaloneSimulator(config.sources[module.key as SourceKey], shared),
  );
}
