import type { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logging/logger.js';
import { sourceModules, type SourceKey } from '../../sources/registry.js';
import { liveEnvFor, useSimulatorAwsCredentials } from './live-env.js';
import { startRedisServer, type RunningRedis } from './redis-server.js';
import { SimulatorControl } from './simulator-control.js';
import { startSimulatorProcess, type SimulatorProcess } from './simulator-process.js';

/**
 * Replicas of the app as they run in production: the simulators in a process of their own (so no
 * replica owns the upstream), optionally one real redis-server, and N app instances in this
 * process, each in LIVE mode against the simulators over HTTP (with `REDIS_URL` when Redis runs).
 */
export interface Fleet {
  /** The replicas; each one's stop() may be called on its own (a replica going away). */
  readonly apps: readonly RunningApp[];
  /** Undefined when started without Redis (each replica on its own memory state). */
  readonly redis: RunningRedis | undefined;
  readonly simulators: SimulatorProcess;
  /** Each source's simulator over its control API: request log, faults. */
  readonly controls: Readonly<Record<SourceKey, SimulatorControl>>;
  /** Stops the replicas, Redis and the simulator process group, even when one of them fails. */
  stop(): Promise<void>;
}

export interface FleetOptions {
  readonly replicas: number;
  readonly redis: boolean;
  /** Variables for the simulators and every replica alike (quotas, TTLs, records, log level). */
  readonly env: Record<string, string>;
  /** Where replica `index` writes its log lines (default: nowhere, LOG_LEVEL aside). */
  readonly logTo?: (index: number) => Writable;
}

/** Runs every step even when some fail; throws the first failure. */
export async function settleAll(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  const results = await Promise.allSettled(steps.map((step) => step()));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The app with a stop() that is safe to call again: a test may stop a replica before the fleet. */
function stoppedOnce(app: RunningApp): RunningApp {
  let stopped: Promise<void> | undefined;
  return { ...app, stop: () => (stopped ??= app.stop()) };
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const apps: RunningApp[] = [];
  let simulators: SimulatorProcess | undefined;
  let redis: RunningRedis | undefined;
  const restoreAws = useSimulatorAwsCredentials();
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= settleAll([
      ...apps.map((app) => () => app.stop()),
      () => redis?.stop() ?? Promise.resolve(),
      () => simulators?.stop() ?? Promise.resolve(),
    ]).finally(restoreAws));
  try {
    // Both settled before going on, so that when one fails the other is still stopped.
    const [simulatorStart, redisStart] = await Promise.allSettled([
      startSimulatorProcess({ env: options.env }),
      options.redis ? startRedisServer() : Promise.resolve(undefined),
    ]);
    if (simulatorStart.status === 'fulfilled') simulators = simulatorStart.value;
    if (redisStart.status === 'fulfilled') redis = redisStart.value;
    if (simulatorStart.status === 'rejected') throw simulatorStart.reason;
    if (redisStart.status === 'rejected') throw redisStart.reason;
    const appEnv = {
      ...options.env,
      ...liveEnvFor(simulatorStart.value.urls, options.env),
      PORT: '0',
      HOST: '127.0.0.1',
      ...(redisStart.value ? { REDIS_URL: redisStart.value.url } : {}),
    };
    // One after another: start-up order stays the same from run to run.
    for (let index = 0; index < options.replicas; index += 1) {
      const config = loadConfig(appEnv);
      const logger = createLogger(config.logLevel, options.logTo?.(index));
      apps.push(stoppedOnce(await startApp(config, logger)));
    }
    const running = simulatorStart.value;
    const controls = Object.fromEntries(
      sourceModules.map((module) => [
        module.key,
        new SimulatorControl(running.urls[module.key as SourceKey]),
      ]),
    ) as Record<SourceKey, SimulatorControl>;
    return { apps, redis: redisStart.value, simulators: running, controls, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
