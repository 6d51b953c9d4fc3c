import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Registry, type Metric } from 'prom-client';
import type { SharedStateStatus } from '../../core/shared/index.js';
import type { UpstreamObserver } from '../../core/telemetry/upstream-observer.js';
import { graphqlMetricsPlugin } from './graphql-metrics.js';
import { upstreamMetrics } from './upstream-metrics.js';

/** One running app's metrics: what feeds them, and the registry /metrics reads. */
export interface AppMetrics {
  readonly registry: Registry;
  /** For the CallContext and the shared state: upstream attempts, quota, cache, Redis. */
  readonly observer: UpstreamObserver;
  /** For Apollo Server's plugin list: GraphQL operations. */
  readonly plugin: ApolloServerPlugin;
  /** Tells the degraded gauge where to read the shared state's status (known once it is open). */
  watchSharedState(status: () => SharedStateStatus): void;
}

/**
 * A registry of its own for each app (tests run several in one process, and the counters must
 * match one app's simulators), never prom-client's global one.
 */
export function createAppMetrics(): AppMetrics {
  const registry = new Registry();
  // getMetricsAsArray is typed as plain objects; they are the metrics themselves.
  for (const metric of processMetrics().getMetricsAsArray())
    registry.registerMetric(metric as unknown as Metric);
  let sharedState: (() => SharedStateStatus) | undefined;
  return {
    registry,
    observer: upstreamMetrics(registry, () => sharedState?.()),
    plugin: graphqlMetricsPlugin(registry),
    watchSharedState(status) {
      sharedState = status;
    },
  };
}

let processRegistry: Registry | undefined;

/**
 * The process's own figures (event loop lag, heap, GC, CPU, handles), under their usual names
 * (`process_`, `nodejs_`). They describe the process, not an app, and collecting them installs a
 * GC observer and an event-loop monitor that cannot be removed again: so they are collected once
 * per process, in a registry of their own, and every app's registry shows the same metrics.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
