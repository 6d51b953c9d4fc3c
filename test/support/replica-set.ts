import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RunningApp } from '../../src/app.js';
import { settleAll, startFleet } from '../../src/benchmark/fleet/fleet.js';
import type { RunningRedis } from '../../src/benchmark/fleet/redis-server.js';
import type { FaultRule, RequestLogEntry } from '../../src/core/simulator/index.js';
import type { SourceKey } from '../../src/sources/registry.js';
import { LogCapture } from './log-capture.js';
import { CACHE_OFF, TEST_LSQ_ACCESS_KEY, TEST_LSQ_SECRET_KEY } from './test-app.js';
import { postGraphql, type GraphqlAnswer } from './post-graphql.js';

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
  ): Promise<GraphqlAnswer<TData>>;
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
  return {
    index,
    app,
    url: app.url,
    logs,
    graphql: (document, variables, headers) => postGraphql(app.url, document, variables, headers),
    stop: () => app.stop(),
  };
}

export async function startReplicaSet(options: ReplicaSetOptions): Promise<ReplicaSet> {
  const captures = Array.from({ length: options.replicas }, () => new LogCapture());
  const fleet = await startFleet({
    replicas: options.replicas,
    redis: true,
    env: { ...BASE_ENV, ...options.env },
    logTo: (index) => captures[index]!,
  });
  const replicas = fleet.apps.map((app, index) => replicaOf(index, app, captures[index]!));
  const { controls, simulators } = fleet;
  const every = (source?: SourceKey) =>
    source === undefined ? Object.values(controls) : [controls[source]];
  return {
    replicas,
    // startFleet with redis: true always starts one.
    redis: fleet.redis!,
    simulatorUrls: simulators.urls,
    simulatorOutput: () => simulators.output(),
    requests: (source, operation) => controls[source].requests(operation),
    clearRequests: (source) => settleAll(every(source).map((c) => () => c.clearRequests())),
    setFaults: (source, faults) => controls[source].setFaults(faults),
    clearFaults: (source) => settleAll(every(source).map((c) => () => c.clearFaults())),
    stop: () => fleet.stop(),
  };
}
