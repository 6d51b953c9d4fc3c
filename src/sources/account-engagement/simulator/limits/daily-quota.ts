/**
 * The daily API call quota (100,000 on Advanced/Premium; error 122 "Daily API rate limit met";
 * docs/upstreams/account-engagement.md#rate-limits). The real quota resets at the start of the day
 * in the account's time zone; the simulated account is in UTC, so the count restarts when the
 * simulator clock enters a new UTC day. Every authenticated API call counts, whether it succeeds or
 * fails validation; calls turned away (bad token, 66, 122 itself) do not.
 */
import { utcDay } from '../dates/timestamps.js';

export class DailyQuota {
  #day = '';
  #used = 0;

  constructor(
    readonly limit: number,
    private readonly now: () => number,
  ) {}

  /** Counts the call and returns true when today's quota had room; false (nothing counted) if not. */
  tryUse(): boolean {
    this.#roll();
    if (this.#used >= this.limit) return false;
    this.#used += 1;
    return true;
  }

  /** Calls counted today. */
  get used(): number {
    this.#roll();
    return this.#used;
  }

  reset(): void {
    this.#day = '';
    this.#used = 0;
  }

  #roll(): void {
    const day = utcDay(this.now());
    if (day !== this.#day) {
      this.#day = day;
      this.#used = 0;
    }
  }
}
