import { isErrorReply } from './redis-module.js';

/** Why a shared-state call failed: no connection, no answer in time, or Redis answered an error. */
export type SharedStateFailure = 'offline' | 'timeout' | 'error-reply';

/**
 * The one error a Redis-backed store throws. Callers catch this type and fall back (to their local
 * share of a quota, to the upstream for a cache miss) instead of failing the request, so it must
 * come quickly and never hang.
 *
 * The message says why, for the log, but carries no credentials: connection errors can quote the
 * address they dialled, and a `redis://user:password@host` URL would put the password in it. The
 * original error is not attached as `cause` for the same reason (loggers print causes).
 */
export class SharedStateUnavailableError extends Error {
  readonly failure: SharedStateFailure;
  /** What went wrong, credentials taken out: the name and message of the client's error. */
  readonly detail: string;

  constructor(
    readonly operation: string,
    failure: SharedStateFailure,
    detail: string,
  ) {
    super(`shared state unavailable (${operation}, ${failure}): ${withoutCredentials(detail)}`);
    this.name = 'SharedStateUnavailableError';
    this.failure = failure;
    this.detail = withoutCredentials(detail);
  }
}

/**
 * The same error as the cache store words it. Its caller treats it as a miss (reads the upstream)
 * or as a skipped write, and says so once in its log; it is never a reason to fail the request.
 * `failure` is the client's error, usually a SharedStateUnavailableError already, whose kind and
 * detail it keeps.
 */
export class CacheUnavailableError extends SharedStateUnavailableError {
  constructor(operation: string, failure: unknown) {
    const known = toSharedStateError(operation, failure);
    super(operation, known.failure, known.detail);
    this.name = 'CacheUnavailableError';
    this.message = `cache store unavailable: ${operation} failed (${known.detail})`;
  }
}

/**
 * Any failure of a Redis call as the typed error: an error reply is Redis refusing the command;
 * everything else is the connection (offline with no offline queue, closed, refused, reset).
 * Timeouts are the client's own and come typed already.
 */
export function toSharedStateError(operation: string, error: unknown): SharedStateUnavailableError {
  if (error instanceof SharedStateUnavailableError) return error;
  const kind: SharedStateFailure = isErrorReply(error) ? 'error-reply' : 'offline';
  return new SharedStateUnavailableError(operation, kind, describeFailure(error));
}

/** `Name: message` of an error, credentials out and cut to 200 characters for the log. */
export function describeFailure(failure: unknown): string {
  const text = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
  return withoutCredentials(text).slice(0, 200);
}

/** `scheme://user:password@host` becomes `scheme://***@host`, wherever it appears. */
export function withoutCredentials(text: string): string {
  return text.replace(/\/\/[^\s/@]*@/g, '//***@');
}
