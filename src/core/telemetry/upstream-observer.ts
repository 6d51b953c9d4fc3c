import type { UpstreamSource } from '../errors/index.js';

/**
 * What the core layers report about upstream traffic, for metrics and traces. The core knows no
 * Prometheus and no OpenTelemetry: it calls these methods, and the app subscribes (one observer
 * per running app, so several apps in one process count apart). Every field is bounded and safe
 * to use as a metric label or span attribute: sources, operation names we chose, statuses, codes;
 * never an id, a key, a URL, a query string or a credential.
 *
 * It travels in two places: the CallContext (`observer`, for attempts, quota waits and shared
 * calls, which happen on behalf of requests) and the shared state (cache reads and Redis health,
 * which belong to the process). Methods must not throw and must be cheap: they run on every call.
 */
export interface UpstreamObserver {
  /**
   * An attempt is about to be sent (its quota or slot already granted); the returned handle is
   * told once when it has ended. A coalesced or shared call is one attempt, however many requests
   * it serves; a retried call is one attempt per try.
   */
  attemptStarted(attempt: UpstreamAttempt): UpstreamAttemptHandle;
  /** An attempt waited for its quota turn or a concurrency slot, or was refused one. */
  quotaWaited(wait: QuotaWait): void;
  /** One upstream call served several requests (a merged by-id look-up, a joined read). */
  sharedCall(call: SharedCall): void;
  /** A cache look-up, one per key. */
  cacheRead(read: CacheRead): void;
  /** The shared state (Redis) went degraded or came back; said once per transition. */
  sharedStateChanged(change: SharedStateChange): void;
}

export interface UpstreamAttempt {
  readonly source: UpstreamSource;
  /** The upstream operation, e.g. `ListOpportunities` or `opportunity/query`: a fixed name. */
  readonly operation: string;
  /** 1 for the first try, 2 for the first retry, ... */
  readonly attempt: number;
  /** Where it goes, for span attributes only: its path may hold a record id, never a label. */
  readonly target?: UpstreamTarget | undefined;
}

/** An attempt's HTTP request, without its query string (LeadSquared's keys travel there). */
export interface UpstreamTarget {
  readonly method: string;
  /** Host and port, as a URL's `host` says them. */
  readonly host: string;
  /** From the root, e.g. `/v2/OpportunityManagement.svc/GetOpportunitiesById`. */
  readonly path: string;
}

export interface UpstreamAttemptHandle {
  ended(result: UpstreamAttemptResult): void;
}

export interface UpstreamAttemptResult {
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly durationMs: number;
  /** `retry`: it failed and another attempt follows; `failed`: the call gives up with `code`. */
  readonly outcome: 'ok' | 'retry' | 'failed';
  /** The error code of a failed or retried attempt (UPSTREAM_THROTTLED, UPSTREAM_TIMEOUT...). */
  readonly code?: string | undefined;
}

export interface QuotaWait {
  readonly source: UpstreamSource;
  readonly waitMs: number;
  /** `refused`: the wait would have outlasted the request's deadline, so no call was made. */
  readonly outcome: 'granted' | 'refused';
}

export interface SharedCall {
  readonly source: UpstreamSource;
  /** `bulk`: look-ups by id of several requests in one call; `identical`: the same read joined. */
  readonly kind: 'bulk' | 'identical';
  /** Requests the call served, at least 2. */
  readonly requests: number;
}

export interface CacheRead {
  /** The source and kind of the cached value, from its cache key (see cacheKeyLabels). */
  readonly source: string;
  readonly kind: string;
  readonly result: 'hit' | 'miss';
}

export interface SharedStateChange {
  readonly status: 'degraded' | 'ok';
  /** Degraded only: the failure kind (`offline`, `timeout`, `error`...), never its message. */
  readonly failure?: string | undefined;
}

const NO_HANDLE: UpstreamAttemptHandle = { ended: () => undefined };

/** Observes nothing: the default wherever no observer was given. */
export const NO_OBSERVER: UpstreamObserver = {
  attemptStarted: () => NO_HANDLE,
  quotaWaited: () => undefined,
  sharedCall: () => undefined,
  cacheRead: () => undefined,
  sharedStateChanged: () => undefined,
};

/** Several subscribers (metrics, traces) as one observer, each told in turn. */
export function combineObservers(...observers: readonly UpstreamObserver[]): UpstreamObserver {
  if (observers.length === 0) return NO_OBSERVER;
  if (observers.length === 1) return observers[0]!;
  return {
    attemptStarted: (attempt) => {
      const handles = observers.map((observer) => observer.attemptStarted(attempt));
      return { ended: (result) => handles.forEach((handle) => handle.ended(result)) };
    },
    quotaWaited: (wait) => observers.forEach((observer) => observer.quotaWaited(wait)),
    sharedCall: (call) => observers.forEach((observer) => observer.sharedCall(call)),
    cacheRead: (read) => observers.forEach((observer) => observer.cacheRead(read)),
    sharedStateChanged: (change) =>
      observers.forEach((observer) => observer.sharedStateChanged(change)),
  };
}
