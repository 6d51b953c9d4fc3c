import { UpstreamSource } from '../../core/errors/index.js';
import { acquireBeforeDeadline, withCallerShare, type CallerShare } from '../../core/http/index.js';
import type { QuotaLimiter, QuotaSpec } from '../../core/shared/index.js';

const DAY_MS = 86_400_000;

/**
 * The business unit's daily API call allowance (100,000 on Advanced and Premium editions; the API
 * answers error 122 once it is spent and counts every authenticated call, retries included). It
 * is counted per UTC day under a key naming the day, in the shared state, so every replica spends
 * one allowance and the count starts afresh each day. A call that would exceed it fails at once
 * with UPSTREAM_THROTTLED instead of being sent to be refused.
 */
export class DailyAllowance {
  #day = '';
  #limiter: QuotaLimiter | undefined;
  #key = '';

  constructor(
    private readonly limiterFor: (key: string, spec: QuotaSpec) => QuotaLimiter,
    /** Names the business unit; the day is appended. */
    private readonly key: string,
    readonly calls: number,
  ) {}

  /** `share`: the caller's share of the day's allowance, waited for first (docs/callers.md). */
  async acquire(deadline: number, share?: CallerShare): Promise<void> {
    const limiter = this.#today();
    const today = {
      source: UpstreamSource.ACCOUNT_ENGAGEMENT,
      displayName: 'Account Engagement daily',
      key: this.#key,
      calls: this.calls,
      windowMs: DAY_MS,
    };
    // The call is counted when granted (a day is far longer than any attempt): both turns end.
    const ended = await withCallerShare(share, today, deadline, () =>
      acquireBeforeDeadline(
        () => limiter.acquire(deadline),
        () => ({
          source: UpstreamSource.ACCOUNT_ENGAGEMENT,
          message: `Account Engagement daily API allowance of ${this.calls} calls is used up for today (UTC)`,
          upstreamCode: '122',
          retryAfter: false,
        }),
      ),
    );
    ended();
  }

  close(): void {
    this.#limiter?.close();
  }

  #today(): QuotaLimiter {
    const day = new Date().toISOString().slice(0, 10);
    if (day !== this.#day || !this.#limiter) {
      this.#limiter?.close();
      this.#key = `${this.key}:daily:${day}`;
      this.#limiter = this.limiterFor(this.#key, {
        calls: this.calls,
        windowMs: DAY_MS,
      });
      this.#day = day;
    }
    return this.#limiter;
  }
}
