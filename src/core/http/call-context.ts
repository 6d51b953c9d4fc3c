import type { Context as TraceContext } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { UpstreamSource } from '../errors/index.js';
import type { UpstreamObserver } from '../telemetry/upstream-observer.js';
import type { CallerShare } from './caller-share.js';

/** One attempt against an upstream, reported to the request that caused it. */
export interface UpstreamCallEvent {
  source: UpstreamSource;
  operation: string;
  attempt: number;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  durationMs: number;
  outcome: 'ok' | 'retry' | 'failed';
}

/**
 * What a source client needs to know about the GraphQL request it serves. Clients are singletons;
 * everything per request travels in this object.
 */
export interface CallContext {
  /** Epoch milliseconds by which the whole GraphQL request must be answered. */
  readonly deadline: number;
  readonly logger: Logger;
  readonly onUpstreamCall?: (event: UpstreamCallEvent) => void;
  /**
   * The app's metrics and traces subscriber: told once per attempt, whatever number of requests
   * the call serves (unlike onUpstreamCall, which counts per request). Absent: nothing observed.
   */
  readonly observer?: UpstreamObserver | undefined;
  /**
   * The request's trace context (OpenTelemetry): a call made for several requests runs under the
   * first one's and links the others (runForRequests). ROOT_CONTEXT or absent: not traced.
   */
  readonly trace?: TraceContext | undefined;
  /**
   * The caller asked for fresh data (`Cache-Control: no-cache`): reads skip the cache and do not
   * join identical calls that started earlier; what they read is still stored for others.
   */
  readonly fresh?: boolean;
  /**
   * The verified caller's share of each source limit, on the calls a request makes for itself
   * (listings, reads, writes; an identical call it started and others joined too). Absent without
   * a verified caller, and on calls made for several requests at once (coalesced look-ups by id):
   * those count against the source only.
   */
  readonly callerShare?: CallerShare | undefined;
}
