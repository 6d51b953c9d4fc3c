import http from 'node:http';
import https from 'node:https';
import got, { type Got, type Method } from 'got';
import { UpstreamError, type UpstreamSource } from '../../errors/index.js';
import { backoffDelayMs, parseRetryAfterMs } from './backoff.js';
import type { CallContext } from './call-context.js';
import { sleep } from './sleep.js';
import {
  deadlineFailure,
  failureFromStatus,
  failureFromTransport,
  malformedFailure,
  toUpstreamError,
  type UpstreamFailure,
} from './upstream-failure.js';

export interface HttpSourceOptions {
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
  /** Called before each attempt, e.g. to wait for quota. May throw an UpstreamError. */
  beforeAttempt?(ctx: CallContext, operation: string): Promise<void>;
  /**
   * Reads a response: returns a failure for an error status or for an error hidden inside a 2xx
   * body (LeadSquared reports throttling with HTTP 200), or null when the response is usable.
   */
  describeResponse(
    status: number,
    body: string,
    headers: http.IncomingHttpHeaders,
  ): UpstreamFailure | null;
  /** Told about every throttled answer, so a quota limiter can back off for all callers. */
  onThrottled?(retryAfterMs: number | undefined): void;
}

export interface HttpRequest<T> {
  operation: string;
  method: Method;
  /** Relative to baseUrl, without a leading slash. */
  path: string;
  searchParams?: Record<string, string>;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /**
   * Reads may be repeated freely; a write is repeated only after failures that prove the upstream
   * did not act on it (throttled, connection refused).
   */
  idempotent: boolean;
  /** Turns the body into a value; throwing here counts as a malformed response. */
  parse(body: string): T;
}

/**
 * The one HTTP client factory for the got-based sources: per-source timeouts, keep-alive, a retry
 * loop that respects the GraphQL request's deadline and Retry-After, call counting and logging, and
 * failures converted into sanitized UpstreamErrors. got's own retry is off so that every attempt
 * passes through the quota limiter and is counted.
 */
export class HttpSource {
  readonly #got: Got;
  readonly #agents: { http: http.Agent; https: https.Agent };
  readonly #maxRetries: number;

  constructor(private readonly options: HttpSourceOptions) {
    this.#agents = {
      http: new http.Agent({ keepAlive: true, maxSockets: 32 }),
      https: new https.Agent({ keepAlive: true, maxSockets: 32 }),
    };
    this.#maxRetries = options.maxRetries ?? 2;
    this.#got = got.extend({
      prefixUrl: options.baseUrl,
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
      agent: this.#agents,
    });
  }

  async request<T>(request: HttpRequest<T>, ctx: CallContext): Promise<T> {
    const { source, displayName } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      if (ctx.deadline - Date.now() <= 0) throw this.#error(deadlineFailure());
      await this.options.beforeAttempt?.(ctx, request.operation);
      const started = Date.now();
      const { failure, value, status } = await this.#attempt(request, ctx);
      const durationMs = Date.now() - started;

      const retryDelay = failure ? this.#retryDelay(failure, request, attempt, ctx) : undefined;
      const outcome = !failure ? 'ok' : retryDelay !== undefined ? 'retry' : 'failed';
      ctx.onUpstreamCall?.({
        source,
        operation: request.operation,
        attempt,
        status,
        durationMs,
        outcome,
      });
      const log = { source, operation: request.operation, attempt, status, durationMs, outcome };
      if (!failure) {
        ctx.logger.debug(log, `${displayName} ${request.operation}`);
        return value as T;
      }
      ctx.logger.warn(
        { ...log, code: failure.code, upstreamCode: failure.upstreamCode },
        `${displayName} ${request.operation} failed`,
      );
      if (failure.code === 'UPSTREAM_THROTTLED') this.options.onThrottled?.(failure.retryAfterMs);
      if (retryDelay === undefined) throw this.#error(failure);
      await sleep(retryDelay);
    }
  }

  /** Frees keep-alive sockets so shutdown does not wait for idle connections. */
  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }

  async #attempt<T>(
    request: HttpRequest<T>,
    ctx: CallContext,
  ): Promise<{ failure?: UpstreamFailure; value?: T; status: number }> {
    const timeout = Math.max(1, Math.min(this.options.timeoutMs, ctx.deadline - Date.now()));
    let response;
    try {
      response = await this.#got(request.path, {
        method: request.method,
        headers: { ...this.options.headers(), ...request.headers },
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
        timeout: { request: timeout },
      });
    } catch (error) {
      return { failure: failureFromTransport(error), status: 0 };
    }
    const { statusCode: status, body, headers } = response;
    const failure = this.options.describeResponse(status, body, headers);
    if (failure) {
      const retryAfterMs = parseRetryAfterMs(headerValue(headers['retry-after']));
      return {
        failure: { ...failure, retryAfterMs: failure.retryAfterMs ?? retryAfterMs },
        status,
      };
    }
    try {
      return { value: request.parse(body), status };
    } catch {
      return { failure: malformedFailure(status, 'unreadable body'), status };
    }
  }

  /** The wait before the next attempt, or undefined when we must give up now. */
  #retryDelay(
    failure: UpstreamFailure,
    request: HttpRequest<unknown>,
    attempt: number,
    ctx: CallContext,
  ) {
    if (!failure.retryable || attempt > this.#maxRetries) return undefined;
    if (!request.idempotent && !failure.notProcessed) return undefined;
    const delay = failure.retryAfterMs ?? backoffDelayMs(attempt);
    // Waiting past the deadline only turns a fast, honest error into a slow one.
    return Date.now() + delay < ctx.deadline ? delay : undefined;
  }

  #error(failure: UpstreamFailure): UpstreamError {
    return toUpstreamError(
      this.options.source,
      this.options.displayName,
      failure,
      this.options.secrets(),
    );
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export { failureFromStatus };
