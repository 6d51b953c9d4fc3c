import type { Config } from './config.js';
import type { Logger } from './logging/logger.js';
import { buildSubgraph } from './schema/build.js';
import { createServer, type GraphServer } from './server.js';
import { responseMaxAgeSeconds } from './server/cache-hints.js';
import { startSources, type RunningSources } from './bootstrap/start-sources.js';
import { openSharedState, type SharedState } from './core/shared/index.js';
import { CallerLimits } from './server/callers/caller-limits.js';
import { createAppMetrics } from './telemetry/metrics/app-metrics.js';
import { listenForMetrics } from './telemetry/metrics/metrics-endpoint.js';
import { combineObservers, type UpstreamObserver } from './core/telemetry/upstream-observer.js';
import { startTracing } from './telemetry/tracing/tracing-sdk.js';

export interface RunningApp {
  readonly url: string;
  readonly server: GraphServer;
  readonly sources: RunningSources;
  /** Quotas, slots, cache: this process's, or shared on Redis (for tests that watch its health). */
  readonly sharedState: SharedState;
  /** Base URL of GET /metrics (`url`, or the METRICS_PORT listener's); undefined when off. */
  readonly metricsUrl: string | undefined;
  /** Graceful: stop accepting, finish in-flight requests, then close clients and simulators. */
  stop(): Promise<void>;
}

/** Config -> sources (simulators where no credentials) -> server -> listen. Used by main and tests. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const metrics = config.metrics.enabled ? createAppMetrics() : undefined;
  const tracing = await startTracing(config.tracing, logger);
  const observers = [metrics?.observer, tracing?.observer].filter((one) => one !== undefined);
  const observer = observers.length > 0 ? combineObservers(...observers) : undefined;
  const state = openState(config, logger, observer);
  metrics?.watchSharedState(() => state.status());
  let sources: RunningSources;
  try {
    sources = await startSources(config, logger, state);
  } catch (error) {
    await state.close();
    await tracing?.shutdown();
    throw error;
  }
  const callers = new CallerLimits(state, config.callerLimits, config.sharedState.localQuotaShare);
  try {
    const server = createServer({
      schema: await buildSubgraph(),
      services: sources.services,
      readiness: sources.readiness,
      sharedState: () => state.status(),
      logger,
      nodeEnv: config.nodeEnv,
      requestTimeoutMs: config.requestTimeoutMs,
      responseMaxAgeSeconds: responseMaxAgeSeconds(
        Object.values(config.sources).map((source) => source.cache),
      ),
      http: config.http,
      auth: config.auth,
      limits: config.limits,
      callers,
      observer,
      tracing: tracing !== undefined,
      metrics: metrics ? { app: metrics, ownPort: config.metrics.port !== undefined } : undefined,
    });
    announceAuth(config, logger);
    const ownPort = config.metrics.port;
    const metricsListener =
      metrics && ownPort !== undefined
        ? await listenForMetrics(metrics.registry, ownPort, config.host)
        : undefined;
    const url = await server.listen(config.port, config.host).catch(async (error: unknown) => {
      await metricsListener?.close();
      throw error;
    });
    return {
      url,
      server,
      sources,
      sharedState: state,
      metricsUrl: metricsListener?.url ?? (metrics ? url : undefined),
      async stop() {
        await server.stop();
        await metricsListener?.close();
        callers.close();
        await sources.close();
        await state.close();
        // Last: the spans of the last requests and of closing are exported before it returns.
        await tracing?.shutdown();
      },
    };
  } catch (error) {
    callers.close();
    await sources.close();
    await state.close();
    await tracing?.shutdown();
    throw error;
  }
}

/** Says at start who may call: an open API must never go unnoticed. */
function announceAuth(config: Config, logger: Logger): void {
  const { auth } = config;
  if (auth.mode === 'jwt') {
    logger.info(
      {
        auth: 'jwt',
        issuer: auth.issuer,
        audience: auth.audience,
        callerLimits: config.callerLimits,
      },
      'callers need a Bearer token (opportunities:read for queries, opportunities:write for mutations)',
    );
  } else {
    logger.warn(
      { auth: 'none', asked: auth.asked },
      auth.asked
        ? 'AUTH_MODE=none: no caller is checked or limited here; the router and the network must do it'
        : 'no AUTH_JWKS_URL: every caller may read and write, with no per-caller limits (set AUTH_JWKS_URL to require tokens)',
    );
  }
}

/** Redis when REDIS_URL is set, else this process's memory; the log says which. */
function openState(
  config: Config,
  logger: Logger,
  observer: UpstreamObserver | undefined,
): SharedState {
  const { redisUrl, redisKeyPrefix, localQuotaShare, cacheMaxEntries, cacheMaxMb } =
    config.sharedState;
  const log = logger.child({ component: 'shared-state' });
  const state = openSharedState({
    redisUrl: redisUrl?.reveal(),
    redisPrefix: redisKeyPrefix,
    localShare: localQuotaShare,
    cacheMaxEntries,
    cacheMaxChars: cacheMaxMb * 1024 * 1024,
    observer,
    log: {
      warn: (fields, message) => log.warn(fields, message),
      info: (fields, message) => log.info(fields, message),
    },
  });
  log.info(
    { sharedState: redisUrl ? 'redis' : 'memory', localQuotaShare },
    redisUrl
      ? 'quotas, slots, token, cache and identical calls are shared with every replica on Redis'
      : 'quotas, slots, token and cache are kept in this process (set REDIS_URL to share them across replicas)',
  );
  return state;
}
