import type { Logger } from './logging/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Services } from './services.js';
import type { AppError, UpstreamSource } from './core/errors/index.js';
import type { CallContext, CallerShare } from './core/http/index.js';
import type { UpstreamObserver } from './core/telemetry/upstream-observer.js';
import { activeTrace } from './core/telemetry/trace-spans.js';

/** Per-request figures the logging plugin reports. */
export interface RequestStats {
  upstreamCalls: number;
  /** The same calls by source: what "one call per source and level" is checked against. */
  upstreamCallsBySource: Partial<Record<UpstreamSource, number>>;
}

/** An error reported on a field that still answered; the partial-errors plugin formats it. */
export interface ReportedError {
  readonly error: AppError;
  /** The field's response path, as graphql-js writes it (`responsePathAsArray`). */
  readonly path: readonly (string | number)[];
}

/** The verified caller, recorded before execution by the auth plugin (docs/callers.md). */
export interface CallerSlot {
  /** The token's `sub`, else its `client_id`: for logs, never in a shared key or a metric. */
  id?: string;
  /** Its share of every source's limits, for the calls this request makes on its own. */
  share?: CallerShare;
}

export interface Context {
  readonly requestId: string;
  readonly logger: Logger;
  readonly call: CallContext;
  /** Empty until the token is verified, and without auth (AUTH_MODE=none). */
  readonly caller: CallerSlot;
  readonly stats: RequestStats;
  readonly loaders: Loaders;
  readonly services: Services;
  /**
   * Errors reported without failing a field (a source missing from a merged page); the
   * partial-errors plugin adds them to the response.
   */
  readonly partialErrors: ReportedError[];
}

export interface ContextDeps {
  services: Services;
  logger: Logger;
  requestTimeoutMs: number;
  /** The app's metrics and traces subscriber, told of every upstream attempt once. */
  observer?: UpstreamObserver | undefined;
}

/** A fresh context per GraphQL request: its own loaders, logger child, deadline and counters. */
export function createContext(
  deps: ContextDeps,
  requestId: string,
  options: { fresh?: boolean } = {},
): Context {
  const logger = deps.logger.child({ requestId });
  const stats: RequestStats = { upstreamCalls: 0, upstreamCallsBySource: {} };
  const caller: CallerSlot = {};
  const call: CallContext = {
    deadline: Date.now() + deps.requestTimeoutMs,
    logger,
    fresh: options.fresh === true,
    observer: deps.observer,
    // Built inside the request's span (when traced): the context its shared calls start from.
    trace: activeTrace(),
    onUpstreamCall: ({ source }) => {
      stats.upstreamCalls += 1;
      stats.upstreamCallsBySource[source] = (stats.upstreamCallsBySource[source] ?? 0) + 1;
    },
    // Read at each call: the caller is known only once the operation is, after this is built.
    get callerShare() {
      return caller.share;
    },
  };
  return {
    requestId,
    logger,
    call,
    caller,
    stats,
    loaders: createLoaders(deps.services, call),
    services: deps.services,
    partialErrors: [],
  };
}
