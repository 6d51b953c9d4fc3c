import type { UpstreamError, UpstreamSource } from '../errors/index.js';
import { ErrorCode } from '../errors/index.js';
import { backoffDelayMs } from './backoff.js';
import type { CallContext } from './call-context.js';
import type { UpstreamTarget } from '../telemetry/upstream-observer.js';
import { sleep } from './sleep.js';
import { deadlineFailure, toUpstreamError, type UpstreamFailure } from './upstream-failure.js';

/** One try against the upstream: a value, or a failure described with fields we chose. */
export interface AttemptResult<T> {
  value?: T;
  failure?: UpstreamFailure;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
}

export type AttemptEnded = () => void;

export interface RetryPolicy {
  source: UpstreamSource;
  /** Name used in client-facing messages, e.g. "LeadSquared". */
  displayName: string;
  operation: string;
  /** The HTTP request of each attempt, for traces (never a query string). */
  target?: UpstreamTarget;
  /** Further attempts after the first, for retryable failures. */
  maxRetries: number;
  /**
   * Reads may be repeated freely; a write only after failures that prove the upstream did not act
   * on it (throttled, connection refused), or when it carries an idempotency token.
   */
  idempotent: boolean;
  /** Values that must never leave this layer in a message. */
  secrets(): readonly string[];
  /**
   * Called before each attempt, e.g. to wait for quota or a concurrency slot. May throw an
   * UpstreamError. A function it returns is called when that attempt has ended (answered or
   * failed): it releases a slot, or tells a quota window when the upstream had the call.
   */
  beforeAttempt?(): Promise<AttemptEnded | void>;
  /**
   * The first attempt's turn was waited for by a coalescer on behalf of several requests, which
   * reports that wait itself: this attempt's `beforeAttempt` only hands the slot over.
   */
  firstAttemptGranted?: boolean;
  /** Told about every throttled answer, so a quota limiter can back off for all callers. */
  onThrottled?(retryAfterMs: number | undefined): void;
}

/**
 * The one retry loop of every source client: each attempt is counted and logged, retryable
 * failures are retried with jittered backoff or the upstream's Retry-After, and never past the
 * GraphQL request's deadline; when it gives up, the failure becomes a sanitized UpstreamError.
 */
export async function runWithRetries<T>(
  policy: RetryPolicy,
  ctx: CallContext,
  attempt: () => Promise<AttemptResult<T>>,
): Promise<T> {
  const { source, displayName, operation, target } = policy;
  const fail = (failure: UpstreamFailure): UpstreamError =>
    toUpstreamError(source, displayName, failure, policy.secrets());
  for (let attemptNo = 1; ; attemptNo += 1) {
    if (ctx.deadline - Date.now() <= 0) throw fail(deadlineFailure());
    const ended = await waitForTurn(policy, ctx, attemptNo);
    const started = Date.now();
    const observed = ctx.observer?.attemptStarted({
      source,
      operation,
      attempt: attemptNo,
      target,
    });
    let result: AttemptResult<T>;
    try {
      result = await attempt();
    } catch (error) {
      // Attempts answer with a failure rather than throw; a bug that throws still ends it.
      const durationMs = Date.now() - started;
      observed?.ended({ status: 0, durationMs, outcome: 'failed', code: 'INTERNAL_SERVER_ERROR' });
      throw error;
    } finally {
      if (ended) ended();
    }
    const { failure, value, status } = result;
    const durationMs = Date.now() - started;

    const retryDelay = failure ? delayBeforeRetry(failure, policy, attemptNo, ctx) : undefined;
    const outcome = !failure ? 'ok' : retryDelay !== undefined ? 'retry' : 'failed';
    observed?.ended({ status, durationMs, outcome, code: failure?.code });
    ctx.onUpstreamCall?.({ source, operation, attempt: attemptNo, status, durationMs, outcome });
    const log = { source, operation, attempt: attemptNo, status, durationMs, outcome };
    if (!failure) {
      ctx.logger.debug(log, `${displayName} ${operation}`);
      return value as T;
    }
    ctx.logger.warn(
      {
        ...log,
        code: failure.code,
        upstreamCode: failure.upstreamCode,
        errno: failure.errno,
        host: failure.host,
      },
      `${displayName} ${operation} failed`,
    );
    if (failure.code === ErrorCode.UPSTREAM_THROTTLED) policy.onThrottled?.(failure.retryAfterMs);
    if (retryDelay === undefined) throw fail(failure);
    await sleep(retryDelay);
  }
}

/**
 * `beforeAttempt` (the quota turn or slot), its wait reported to the observer: granted, or refused
 * when it throws. A first attempt whose turn a coalescer already waited for reports nothing here.
 */
async function waitForTurn(
  policy: RetryPolicy,
  ctx: CallContext,
  attemptNo: number,
): Promise<AttemptEnded | void> {
  if (!policy.beforeAttempt) return undefined;
  const observer = attemptNo === 1 && policy.firstAttemptGranted ? undefined : ctx.observer;
  const asked = Date.now();
  const waited = (outcome: 'granted' | 'refused') =>
    observer?.quotaWaited({ source: policy.source, waitMs: Date.now() - asked, outcome });
  let ended: AttemptEnded | void;
  try {
    ended = await policy.beforeAttempt();
  } catch (error) {
    waited('refused');
    throw error;
  }
  waited('granted');
  return ended;
}

/**
 * The longest Retry-After one call waits for, even when the deadline would allow more: twice the
 * longest quota window of any source (LeadSquared's 5 s), so every ordinary throttle is waited out.
 * A longer one speaks of an outage or a spent daily quota; holding the request open for it would
 * leave a caller staring at a spinner for most of its deadline, when an UPSTREAM_THROTTLED now
 * lets it decide. It is not shortened either: retrying before the upstream said we may would only
 * be throttled again.
 */
export const MAX_RETRY_AFTER_WAIT_MS = 10_000;

/** The wait before the next attempt, or undefined when we must give up now. */
function delayBeforeRetry(
  failure: UpstreamFailure,
  policy: RetryPolicy,
  attemptNo: number,
  ctx: CallContext,
): number | undefined {
  if (!failure.retryable || attemptNo > policy.maxRetries) return undefined;
  if (!policy.idempotent && !failure.notProcessed) return undefined;
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs > MAX_RETRY_AFTER_WAIT_MS) {
    return undefined;
  }
  const delay = failure.retryAfterMs ?? backoffDelayMs(attemptNo);
  // Waiting past the deadline only turns a fast, honest error into a slow one.
  return Date.now() + delay < ctx.deadline ? delay : undefined;
}
