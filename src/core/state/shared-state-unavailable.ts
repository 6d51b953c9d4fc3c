/** Why a shared-state call failed: no connection, no answer in time, or Redis answered an error. */
export type SharedStateFailure = 'offline' | 'timeout' | 'error-reply';

/**
 * The one error a Redis-backed store throws. Callers catch this type and fall back to their local
 * share of the quota instead of failing the request, so it must come quickly and never hang.
 *
 * The message says why, for the log, but carries no credentials: connection errors can quote the
 * address they dialled, and a `redis://user:password@host` URL would put the password in it. The
 * original error is not attached as `cause` for the same reason (loggers print causes).
 */
export class SharedStateUnavailableError extends Error {
  readonly failure: SharedStateFailure;

  constructor(
    readonly operation: string,
    failure: SharedStateFailure,
    detail: string,
  ) {
    super(`shared state unavailable (${operation}, ${failure}): ${withoutCredentials(detail)}`);
    this.name = 'SharedStateUnavailableError';
    this.failure = failure;
  }
}

/** `scheme://user:password@host` becomes `scheme://***@host`, wherever it appears. */
export function withoutCredentials(text: string): string {
  return text.replace(/\/\/[^\s/@]*@/g, '//***@');
}
