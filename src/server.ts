import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Readiness } from './sources/readiness.js';
import type { AuthConfig, HttpConfig, NodeEnv, QueryLimits } from './config.js';
import { authPlugin } from './server/auth/auth.plugin.js';
import { TokenVerifier } from './server/auth/token-verifier.js';
import type { CallerLimits } from './server/callers/caller-limits.js';
import { createContext, type Context } from './context.js';
import { createFormatError } from './server/format-error.js';
import { costPlugin } from './server/cost/cost.plugin.js';
import { documentLimitRules } from './server/cost/document-limits.js';
import type { Logger } from './logging/logger.js';
import { corsMiddleware } from './server/cors.middleware.js';
import { explorerPlugin } from './server/explorer.plugin.js';
import { hardeningPlugins } from './server/hardening/index.js';
import { withoutTokens } from './server/hardening/token-redaction.js';
import { loggingPlugin } from './server/logging.plugin.js';
import { partialErrorsPlugin } from './server/partial-errors.plugin.js';
import { requestIdMiddleware } from './server/request-id.js';
import { asksForFreshData } from './server/fresh-data.js';
import { cacheHintPlugins } from './server/cache-hints.js';
import type { SharedStateStatus } from './core/shared/index.js';
import type { Services } from './services.js';
import type { UpstreamObserver } from './core/telemetry/upstream-observer.js';
import type { AppMetrics } from './telemetry/metrics/app-metrics.js';
import { metricsHandler } from './telemetry/metrics/metrics-endpoint.js';
import { operationSpanPlugin } from './telemetry/tracing/operation-span.plugin.js';
import { requestSpanMiddleware } from './telemetry/tracing/request-span.js';

export interface ServerDeps {
  schema: GraphQLSchema;
  services: Services;
  readiness: Readiness;
  /** Redis or memory, and whether Redis is reachable (degraded: local quota shares, no cache). */
  sharedState: () => SharedStateStatus;
  logger: Logger;
  nodeEnv: NodeEnv;
  requestTimeoutMs: number;
  /** The max-age of cacheable responses (`Cache-Control: max-age=N, private`); 0: none is. */
  responseMaxAgeSeconds: number;
  /** CORS origins and the explorer at GET /graphql. */
  http: HttpConfig;
  /** Bearer JWTs against a JWKS, or no check at all (`none`). */
  auth: AuthConfig;
  /** The cost budget and the document limits of one operation (docs/cost.md). */
  limits: QueryLimits;
  /** Each verified caller's request rate and quota share (with `jwt` auth only). */
  callers?: CallerLimits;
  /** Told of every upstream attempt, quota wait and shared call (metrics, traces). */
  observer?: UpstreamObserver | undefined;
  /** Prometheus metrics: GraphQL operations counted; GET /metrics here unless `ownPort`. */
  metrics?: { readonly app: AppMetrics; readonly ownPort: boolean } | undefined;
  /** OpenTelemetry is on: a span per GraphQL request, its operation's name (telemetry/tracing). */
  tracing?: boolean;
}

export interface GraphServer {
  readonly apollo: ApolloServer<Context>;
  readonly httpServer: http.Server;
  /** Starts Apollo and listens; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then stops Apollo. */
  stop(): Promise<void>;
}

/** Apollo Server + express with /graphql, /health and /ready; no listen until asked. */
export function createServer(deps: ServerDeps): GraphServer {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const production = deps.nodeEnv === 'production';

  // Tokens a client wrote into a value are cut from every error (src/server/hardening).
  const formatError = withoutTokens(createFormatError());
  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (drain HTTP, then close clients and simulators); Apollo's own handler
    // would re-raise the signal and kill the process before that finishes.
    stopOnTerminationSignals: false,
    introspection: !production,
    // No "Did you mean ...?" in production: suggestions list the schema's names to anyone.
    hideSchemaDetailsFromClientErrors: production,
    logger: deps.logger,
    // Limits on the document itself, before anything else looks at it (docs/cost.md).
    ...(deps.limits.maxTokens > 0 ? { parseOptions: { maxTokens: deps.limits.maxTokens } } : {}),
    validationRules: documentLimitRules(deps.limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // First: a refused caller must cost nothing, not even a cache hint or a partial error.
      ...(deps.auth.mode === 'jwt' ? [authPlugin(new TokenVerifier(deps.auth), deps.callers)] : []),
      costPlugin(deps.schema, deps.limits.maxCost),
      partialErrorsPlugin(formatError),
      ...cacheHintPlugins(deps.responseMaxAgeSeconds),
      loggingPlugin(),
      ...(deps.metrics ? [deps.metrics.app.plugin] : []),
      ...(deps.tracing ? [operationSpanPlugin()] : []),
      explorerPlugin(deps.http.explorer),
      ...hardeningPlugins({ production }),
    ],
  });

  let started = false;
  app.use(requestIdMiddleware);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const sources = await deps.readiness();
    const sharedState = deps.sharedState();
    const ready = started && Object.values(sources).every((source) => source.status === 'ready');
    // Degraded still serves (on local quota shares): taking every replica out of rotation because
    // Redis is down would turn a slower service into no service.
    const status = !ready ? 'unavailable' : sharedState.status === 'ok' ? 'ready' : 'degraded';
    res.status(ready ? 200 : 503).json({ status, sources, sharedState });
  });
  if (deps.metrics && !deps.metrics.ownPort)
    app.get('/metrics', metricsHandler(deps.metrics.app.registry));

  return {
    apollo,
    httpServer,
    async listen(port, host = '0.0.0.0') {
      await apollo.start();
      const cors = corsMiddleware(deps.http.corsOrigins);
      app.use(
        '/graphql',
        // Before Apollo: preflights are answered here; Apollo's CSRF prevention still checks the rest.
        ...(cors ? [cors] : []),
        express.json({ limit: '1mb' }),
        ...(deps.tracing ? [requestSpanMiddleware] : []),
        expressMiddleware(apollo, {
          context: async ({ req, res }) =>
            createContext(
              {
                services: deps.services,
                logger: deps.logger,
                requestTimeoutMs: deps.requestTimeoutMs,
                observer: deps.observer,
              },
              String(res.locals.requestId),
              { fresh: asksForFreshData(req.headers) },
            ),
        }),
      );
      started = true;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const { port: actual } = httpServer.address() as AddressInfo;
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`;
    },
    async stop() {
      await apollo.stop();
    },
  };
}
