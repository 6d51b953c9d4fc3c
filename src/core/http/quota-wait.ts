import { UpstreamError, type UpstreamSource } from '../errors/index.js';
import { QuotaWaitExceedsDeadline } from './sliding-window-limiter.js';

/** What a client says when its quota (or its slots) would outlast the request's deadline. */
export interface QuotaExhausted {
  readonly source: UpstreamSource;
  readonly message: string;
  /** The upstream's own throttle answer, when backing off after one: said as a retry would say it. */
  readonly upstreamStatus?: number | undefined;
  readonly upstreamCode?: string | undefined;
  /** Send `retryAfterSeconds` (the wait rounded up); off where no wait is known (busy slots). */
  readonly retryAfter?: boolean;
}

/**
 * Waits for a quota slot, or fails at once as UPSTREAM_THROTTLED when the wait would end after the
 * deadline: waiting longer only to time out would spend the caller's time for nothing. Every
 * client's limiter goes through here, so the error looks the same whichever source ran out.
 */
export async function acquireBeforeDeadline<T>(
  acquire: () => Promise<T>,
  exhausted: (waitMs: number) => QuotaExhausted,
): Promise<T> {
  try {
    return await acquire();
  } catch (error) {
    if (!(error instanceof QuotaWaitExceedsDeadline)) throw error;
    const said = exhausted(error.waitMs);
    throw new UpstreamError({
      source: said.source,
      code: 'UPSTREAM_THROTTLED',
      message: said.message,
      upstreamStatus: said.upstreamStatus,
      upstreamCode: said.upstreamCode,
      retryable: true,
      ...(said.retryAfter === false ? {} : { retryAfterSeconds: Math.ceil(error.waitMs / 1000) }),
    });
  }
}
