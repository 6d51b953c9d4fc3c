import 'reflect-metadata';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startApp, type RunningApp } from '../../src/app.js';
import { liveEnvFor, useSimulatorAwsCredentials } from '../../src/benchmark/fleet/live-env.js';
import { SimulatorControl } from '../../src/benchmark/fleet/simulator-control.js';
import {
  startSimulatorProcess,
  type SimulatorProcess,
} from '../../src/benchmark/fleet/simulator-process.js';
import { loadConfig } from '../../src/config.js';
import type { FaultRule, RequestLogEntry } from '../../src/core/simulator/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { sourceModules, type SourceKey } from '../../src/sources/registry.js';
import { LogCapture } from './log-capture.js';
import { startRedisServer, type RunningRedis } from './redis-server.js';
import { CACHE_OFF, TEST_LSQ_ACCESS_KEY, TEST_LSQ_SECRET_KEY } from './test-app.js';

/**
 * Several replicas of the app sharing one set of upstream accounts and one Redis, as they run in
 * production: the simulators in a process of their own (`npm run simulators`, so no replica owns
 * them), one real redis-server, and N app instances in this process, each in LIVE mode against
 * the simulators over HTTP with `REDIS_URL` set. Upstream traffic is read from the simulators'
 * request logs over their control API, which sees every replica's calls.
 *
 * Needs `npm run build` (the simulator process runs dist/) and redis-server on PATH.
 */
export interface Replica {
  readonly index: number;
  readonly app: RunningApp;
  /** GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  /** Every log line this replica wrote. */
  readonly logs: LogCapture;
  /** POST /graphql over real HTTP; returns the parsed body and the raw text (for secret greps). */
  graphql<TData = Record<string, unknown>, TVariables = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: ExecutionResult<TData>; text: string; headers: Headers }>;
  /** Stops this replica alone (a replica going away); safe to call twice. */
  stop(): Promise<void>;
}

export interface ReplicaSet {
  readonly replicas: readonly Replica[];
  readonly redis: RunningRedis;
  /** Base URL of each source's simulator. */
  readonly simulatorUrls: Readonly<Record<SourceKey, string>>;
  /** The simulator process's output (names and URLs only). */
  simulatorOutput(): string;
  /** A simulator's request log (all replicas' calls), oldest first; only `operation` if given. */
  requests(source: SourceKey, operation?: string): Promise<RequestLogEntry[]>;
  /** Clears the request log of `source`, or of every simulator. */
  clearRequests(source?: SourceKey): Promise<void>;
  setFaults(source: SourceKey, faults: readonly FaultRule[]): Promise<void>;
  /** Clears the faults of `source`, or of every simulator. */
  clearFaults(source?: SourceKey): Promise<void>;
  /** Stops the replicas, Redis and the simulator process group, even when one of them fails. */
  stop(): Promise<void>;
}

export interface ReplicaSetOptions {
  readonly replicas: 2 | 3;
  /** Overrides for the simulators and every replica alike (quotas, TTLs, records, ...). */
  readonly env?: Record<string, string>;
}

/** What startTestApp starts with, so figures and fixtures compare with the single-app tests. */
const BASE_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'debug',
  SIMULATOR_RECORDS: '1000',
  LEADSQUARED_ACCESS_KEY: TEST_LSQ_ACCESS_KEY,
  LEADSQUARED_SECRET_KEY: TEST_LSQ_SECRET_KEY,
  PARTNER_CENTRAL_CATALOGS: 'AWS,Sandbox',
  PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS: '100',
  PARTNER_CENTRAL_QUOTA_SCALE: '100',
  ...CACHE_OFF,
};

function replicaOf(index: number, app: RunningApp, logs: LogCapture): Replica {
  let stopped: Promise<void> | undefined;
  return {
    index,
    app,
    url: app.url,
    logs,
    async graphql(document, variables, headers = {}) {
      const query = typeof document === 'string' ? document : print(document);
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, body: JSON.parse(text), text, headers: response.headers };
    },
    stop: () => (stopped ??= app.stop()),
  };
}

/** Runs every step even when some fail; throws the first failure. */
async function allSettled(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  const results = await Promise.allSettled(steps.map((step) => step()));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

export async function startReplicaSet(options: ReplicaSetOptions): Promise<ReplicaSet> {
  const env = { ...BASE_ENV, ...options.env };
  const replicas: Replica[] = [];
  let simulators: SimulatorProcess | undefined;
  let redis: RunningRedis | undefined;
  const restoreAws = useSimulatorAwsCredentials();
  const stopAll = () =>
    allSettled([
      ...replicas.map((replica) => () => replica.stop()),
      () => redis?.stop() ?? Promise.resolve(),
      () => simulators?.stop() ?? Promise.resolve(),
    ]).finally(restoreAws);
  try {
    // Both settled before going on, so that when one fails the other is still stopped.
    const [simulatorStart, redisStart] = await Promise.allSettled([
      startSimulatorProcess({ env }),
      startRedisServer(),
    ]);
    if (simulatorStart.status === 'fulfilled') simulators = simulatorStart.value;
    if (redisStart.status === 'fulfilled') redis = redisStart.value;
    if (simulatorStart.status === 'rejected') throw simulatorStart.reason;
    if (redisStart.status === 'rejected') throw redisStart.reason;
    const appEnv = {
      ...env,
      ...liveEnvFor(simulatorStart.value.urls, env),
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: redisStart.value.url,
    };
    // One after another: start-up order stays the same from run to run.
    for (let index = 0; index < options.replicas; index += 1) {
      const config = loadConfig(appEnv);
      const logs = new LogCapture();
      const app = await startApp(config, createLogger(config.logLevel, logs));
      replicas.push(replicaOf(index, app, logs));
    }
    return assemble(replicas, redisStart.value, simulatorStart.value, stopAll);
  } catch (error) {
    await stopAll().catch(() => {});
    throw error;
  }
}

function assemble(
  replicas: readonly Replica[],
  redis: RunningRedis,
  simulators: SimulatorProcess,
  stopAll: () => Promise<void>,
): ReplicaSet {
  const controls = Object.fromEntries(
    sourceModules.map((module) => [
      module.key,
      new SimulatorControl(simulators.urls[module.key as SourceKey]),
    ]),
  ) as Record<SourceKey, SimulatorControl>;
  const every = (source?: SourceKey) =>
    source === undefined ? Object.values(controls) : [controls[source]];
  let stopped: Promise<void> | undefined;
  return {
    replicas,
    redis,
    simulatorUrls: simulators.urls,
    simulatorOutput: () => simulators.output(),
    requests: (source, operation) => controls[source].requests(operation),
    clearRequests: (source) => allSettled(every(source).map((c) => () => c.clearRequests())),
    setFaults: (source, faults) => controls[source].setFaults(faults),
    clearFaults: (source) => allSettled(every(source).map((c) => () => c.clearFaults())),
    stop: () => (stopped ??= stopAll()),
  };
}
