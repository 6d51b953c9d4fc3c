import type { Logger } from './logging/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Services } from './services.js';
import type { AppError, UpstreamSource } from './core/errors/index.js';
import type { CallContext } from './core/http/index.js';

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

export interface Context {
  readonly requestId: string;
  readonly logger: Logger;
  readonly call: CallContext;
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
}

/** A fresh context per GraphQL request: its own loaders, logger child, deadline and counters. */
export function createContext(
  deps: ContextDeps,
  requestId: string,
  options: { fresh?: boolean } = {},
): Context {
  const logger = deps.logger.child({ requestId });
  const stats: RequestStats = { upstreamCalls: 0, upstreamCallsBySource: {} };
  const call: CallContext = {
    deadline: Date.now() + deps.requestTimeoutMs,
    logger,
    fresh: options.fresh === true,
    onUpstreamCall: ({ source }) => {
      stats.upstreamCalls += 1;
      stats.upstreamCallsBySource[source] = (stats.upstreamCallsBySource[source] ?? 0) + 1;
    },
  };
  return {
    requestId,
    logger,
    call,
    stats,
    loaders: createLoaders(deps.services, call),
    services: deps.services,
    partialErrors: [],
  };
}
