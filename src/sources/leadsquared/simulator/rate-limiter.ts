/**
 * LeadSquared counts API calls account-wide in a sliding window (25 per 5 s on Enterprise,
 * docs/upstreams/leadsquared.md#rate-limits). Only accepted calls are recorded, so a throttled
 * retry does not extend the wait.
 */
export interface RateLimit {
  readonly calls: number;
  readonly windowMs: number;
}

export class SlidingWindowLimiter {
  /** Acceptance times (monotonic ms), oldest first. */
  #accepted: number[] = [];

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Records the call and returns true when it fits in the window; false (nothing recorded) if not. */
  tryAcquire(): boolean {
    const now = this.now();
    const windowStart = now - this.limit.windowMs;
    while (this.#accepted.length > 0 && (this.#accepted[0] as number) <= windowStart) {
      this.#accepted.shift();
    }
    if (this.#accepted.length >= this.limit.calls) return false;
    this.#accepted.push(now);
    return true;
  }

  reset(): void {
    this.#accepted = [];
  }
}
