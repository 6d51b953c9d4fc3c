import http from 'node:http';
import https from 'node:https';
import got, { type Got, type Method } from 'got';
import type { UpstreamSource } from '../errors/index.js';
import { parseRetryAfterMs } from './backoff.js';
import type { CallContext } from './call-context.js';
import { DecodedBody, decodeJson } from './decoded-body.js';
import { runWithRetries, type AttemptEnded, type AttemptResult } from './retry-loop.js';
import {
  failureFromStatus,
  failureFromTransport,
  malformedFailure,
  type UpstreamFailure,
} from './upstream-failure.js';

export interface HttpSourceOptions<D = unknown> {
  source: UpstreamSource;
  /** Name used in client-facing messages, e.g. "LeadSquared". */
  displayName: string;
  baseUrl: string;
  /** Budget for one attempt (the request deadline may cut it shorter). */
  timeoutMs: number;
  /** Further attempts after the first, for retryable failures. */
  maxRetries?: number;
  /** Headers of every attempt; may reveal credentials, which is why it is called late. */
  headers(): Record<string, string>;
  /** Values that must never leave this layer in a message. */
  secrets(): readonly string[];
  /** Called before each attempt (see RetryPolicy.beforeAttempt). May throw an UpstreamError. */
  beforeAttempt?(ctx: CallContext, operation: string): Promise<AttemptEnded | void>;
  /**
   * Reads a response: returns a failure for an error status or for an error hidden inside a 2xx
   * body (LeadSquared reports throttling with HTTP 200), or null when the response is usable.
   */
  describeResponse(
    status: number,
    body: string,
    headers: http.IncomingHttpHeaders,
    decoded: DecodedBody<D>,
  ): UpstreamFailure | null;
  /**
   * How a body is decoded (JSON unless said: Account Engagement reads its XML or JSON envelope),
   * once per attempt for describeResponse and the request's parse alike.
   */
  decode?(text: string): D;
  /** Told about every throttled answer, so a quota limiter can back off for all callers. */
  onThrottled?(retryAfterMs: number | undefined): void;
}

export interface HttpRequest<T, D = unknown> {
  operation: string;
  method: Method;
  /** Relative to baseUrl, without a leading slash. */
  path: string;
  searchParams?: Record<string, string>;
  json?: unknown;
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  /**
   * Reads may be repeated freely; a write is repeated only after failures that prove the upstream
   * did not act on it (throttled, connection refused).
   */
  idempotent: boolean;
  /**
   * Turns the body into a value; throwing here counts as a malformed response. `decoded` holds the
   * body as describeResponse already decoded it, so reading it costs nothing more.
   */
  parse(body: string, decoded: DecodedBody<D>): T;
  /**
   * The caller already holds the quota slot of the first attempt (a coalescer waited for it on
   * behalf of many requests): that attempt skips `beforeAttempt` and calls this when it ends.
   * Retries wait for their own slot as usual.
   */
  firstAttemptGranted?: AttemptEnded;
}

/**
 * The one HTTP client factory for the got-based sources: per-source timeouts, keep-alive, a retry
 * loop that respects the GraphQL request's deadline and Retry-After, call counting and logging, and
 * failures converted into sanitized UpstreamErrors. got's own retry is off so that every attempt
 * passes through the quota limiter and is counted.
 */
export class HttpSource<D = unknown> {
  readonly #got: Got;
  readonly #agents: { http: http.Agent; https: https.Agent };
  /** Named in failures for operators; the base URL's path may say too much, its host does not. */
  readonly #host: string;
  /** The base URL's path, before each request's own: `url.path` of its spans. */
  readonly #basePath: string;

  constructor(private readonly options: HttpSourceOptions<D>) {
    this.#agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: 32 }),
      https: new https.Agent({ keepAlive: true, maxSockets: 32 }),
    };
    this.#host = new URL(options.baseUrl).host;
    this.#basePath = new URL(options.baseUrl).pathname;
    this.#got = got.extend({
      prefixUrl: options.baseUrl,
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
      agent: this.#agents,
    });
  }

  request<T>(request: HttpRequest<T, D>, ctx: CallContext): Promise<T> {
    const { source, displayName, maxRetries, secrets, beforeAttempt, onThrottled } = this.options;
    return runWithRetries(
      {
        source,
        displayName,
        operation: request.operation,
        target: { method: request.method, host: this.#host, path: this.#basePath + request.path },
        maxRetries: maxRetries ?? 2,
        idempotent: request.idempotent,
        secrets,
        ...(beforeAttempt || request.firstAttemptGranted
          ? { beforeAttempt: this.#beforeAttempt(request, ctx) }
          : {}),
        ...(request.firstAttemptGranted ? { firstAttemptGranted: true } : {}),
        ...(onThrottled ? { onThrottled } : {}),
      },
      ctx,
      () => this.#attempt(request, ctx),
    );
  }

  /** The first attempt may come with its slot already granted; every other waits as configured. */
  #beforeAttempt(request: HttpRequest<unknown, D>, ctx: CallContext) {
    let granted = request.firstAttemptGranted;
    return async (): Promise<AttemptEnded | void> => {
      if (granted) {
        const ended = granted;
        granted = undefined;
        return ended;
      }
      return this.options.beforeAttempt?.(ctx, request.operation);
    };
  }

  /** Frees keep-alive sockets so shutdown does not wait for idle connections. */
  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }

  async #attempt<T>(request: HttpRequest<T, D>, ctx: CallContext): Promise<AttemptResult<T>> {
    const timeout = Math.max(1, Math.min(this.options.timeoutMs, ctx.deadline - Date.now()));
    let response;
    try {
      response = await this.#got(request.path, {
        method: request.method,
        headers: { ...this.options.headers(), ...request.headers },
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.form !== undefined ? { form: request.form } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
        timeout: { request: timeout },
      });
    } catch (error) {
      return { failure: { ...failureFromTransport(error), host: this.#host }, status: 0 };
    }
    const { statusCode: status, body, headers } = response;
    const decoded = new DecodedBody(
      body,
      this.options.decode ?? (decodeJson as (text: string) => D),
    );
    const failure = this.options.describeResponse(status, body, headers, decoded);
    if (failure) {
      const retryAfterMs = parseRetryAfterMs(headerValue(headers['retry-after']));
      return {
        failure: {
          ...failure,
          retryAfterMs: failure.retryAfterMs ?? retryAfterMs,
          host: this.#host,
        },
        status,
      };
    }
    try {
      return { value: request.parse(body, decoded), status };
    } catch {
      return { failure: malformedFailure(status, 'unreadable body'), status };
    }
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export { failureFromStatus };
