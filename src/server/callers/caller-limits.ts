import type { CallerLimitsConfig } from '../../config.js';
import type { CallerSlot } from '../../context.js';
import type { Logger } from '../../logging/logger.js';
import {
  QuotaWaitExceedsDeadline,
  type CallerShare,
  type SourceQuota,
  type SourceSlots,
} from '../../core/http/index.js';
import type { SharedState } from '../../core/shared/index.js';
import { callerDigest, callerIdOf } from './caller-id.js';
import { CallerLimiters, type Turns } from './caller-limiters.js';
import { QuotaShareExceededError, requestRateExceeded } from './rate-limited.js';
import { RequestRate } from './request-rate.js';
import { retryAfterSeconds, shareOf, windowText } from './share.js';

/** What the token verifier says about a caller, as far as the limits go. */
export interface VerifiedToken {
  readonly subject?: string | undefined;
  readonly clientId?: string | undefined;
}

const NO_TURN = () => undefined;

/**
 * Per-caller limits (docs/callers.md): each verified caller's request rate, checked before
 * execution, and its share of every source limit, which the request's own calls wait for before
 * they queue at the source. Both are built on the shared state of the source quotas (the same
 * windows and slots, in memory or on Redis, with the same fall-back to a local share when Redis is
 * unreachable) rather than on a rate-limit library, so a caller's limits are fleet-wide exactly
 * when the source quotas are, and fail over the same way.
 */
export class CallerLimits {
  readonly #rate: RequestRate | undefined;
  readonly #limiters = new CallerLimiters();

  constructor(
    private readonly state: SharedState,
    private readonly config: CallerLimitsConfig,
    /** QUOTA_LOCAL_SHARE: what one replica counts alone while Redis is unreachable. */
    localShare: number,
  ) {
    this.#rate =
      config.requestsPerMinute > 0
        ? new RequestRate(state, config.requestsPerMinute, localShare)
        : undefined;
  }

  /**
   * Records the request's caller in `slot` and counts the request against the caller's rate:
   * over it, the request is refused (RATE_LIMITED, HTTP 429 with Retry-After) before execution.
   * A token that names no caller (neither `sub` nor `client_id`) gets no per-caller limits.
   */
  async admit(token: VerifiedToken, slot: CallerSlot, logger: Logger): Promise<void> {
    const caller = callerIdOf(token);
    if (!caller) return;
    slot.id = caller.id;
    const digest = callerDigest(caller);
    const waitMs = await this.#rate?.admit(digest);
    if (waitMs !== undefined) {
      const retryAfter = retryAfterSeconds(waitMs);
      logger.info(
        { callerLimit: 'requests', caller: caller.id, retryAfter },
        'caller over its request rate',
      );
      throw requestRateExceeded(this.config.requestsPerMinute, retryAfter);
    }
    if (this.config.quotaShare < 1) slot.share = this.#shareOf(digest);
  }

  close(): void {
    this.#limiters.close();
  }

  #shareOf(digest: string): CallerShare {
    const share = this.config.quotaShare;
    return {
      ofQuota: (quota, deadline) => {
        const calls = shareOf(quota.calls, share);
        if (calls >= quota.calls) return Promise.resolve(NO_TURN);
        const what = `quota (${calls} of its ${quota.calls} calls per ${windowText(quota.windowMs)})`;
        return this.#turn(
          quota,
          digest,
          what,
          quota.windowMs + (quota.marginMs ?? 0),
          deadline,
          (key) =>
            this.state.quotaLimiter(key, {
              calls,
              windowMs: quota.windowMs,
              ...(quota.marginMs === undefined ? {} : { marginMs: quota.marginMs }),
            }),
        );
      },
      ofSlots: (slots, deadline) => {
        const max = shareOf(slots.max, share);
        if (max >= slots.max) return Promise.resolve(NO_TURN);
        const what = `concurrency (${max} of its ${slots.max} calls in flight)`;
        return this.#turn(slots, digest, what, 0, deadline, (key) =>
          this.state.slotLimiter(key, max, slots.leaseMs),
        );
      },
    };
  }

  /** A turn of the caller's own limiter for `limit`; RATE_LIMITED when it would come too late. */
  async #turn(
    limit: SourceQuota | SourceSlots,
    digest: string,
    what: string,
    idleMs: number,
    deadline: number,
    build: (key: string) => Turns,
  ): Promise<() => void> {
    // Under the shared state's key prefix: `caller:<digest>:` and the source limit's own key.
    const key = `caller:${digest}:${limit.key}`;
    try {
      return await this.#limiters.acquire(key, idleMs, () => build(key), deadline);
    } catch (error) {
      if (!(error instanceof QuotaWaitExceedsDeadline)) throw error;
      throw new QuotaShareExceededError(limit, what, retryAfterSeconds(error.waitMs));
    }
  }
}
