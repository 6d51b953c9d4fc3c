import {
  checkDuration,
  checkQuotaLimit,
  type QuotaDecision,
  type QuotaLimit,
  type QuotaWindowStore,
} from './quota-window.js';

/**
 * The quota window of one process: the embedded default, and the same answers as the Redis store
 * (the contract tests run on both). A monotonic clock, because a wall clock set back would keep
 * old calls in the window.
 */
export class MemoryQuotaWindow implements QuotaWindowStore {
  /** Grants per key, oldest first. */
  readonly #granted = new Map<string, { at: number; ticket: string }[]>();
  #tickets = 0;
  readonly #blockedUntil = new Map<string, number>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? (() => performance.now());
  }

  async tryAcquire(key: string, limit: QuotaLimit): Promise<QuotaDecision> {
    checkQuotaLimit(limit);
    const now = this.#now();
    const granted = this.#prune(key, now, limit.windowMs);
    let wait = Math.max(0, (this.#blockedUntil.get(key) ?? 0) - now);
    if (granted.length >= limit.calls) {
      // The call that must leave for one more to fit; not always the oldest when `calls` shrank.
      const leaving = granted[granted.length - limit.calls]!;
      wait = Math.max(wait, leaving.at + limit.windowMs - now);
    }
    if (wait > 0) return { granted: false, retryInMs: Math.ceil(wait) };
    const ticket = String((this.#tickets += 1));
    granted.push({ at: now, ticket });
    this.#granted.set(key, granted);
    return { granted: true, ticket };
  }

  async reached(key: string, ticket: string, limit: QuotaLimit): Promise<void> {
    checkQuotaLimit(limit);
    const now = this.#now();
    const granted = this.#prune(key, now, limit.windowMs);
    const index = granted.findIndex((grant) => grant.ticket === ticket);
    if (index === -1) return;
    granted.splice(index, 1);
    let at = granted.length;
    while (at > 0 && granted[at - 1]!.at > now) at -= 1;
    granted.splice(at, 0, { at: now, ticket });
    this.#granted.set(key, granted);
  }

  async backOff(key: string, ms: number): Promise<void> {
    checkDuration('back-off', ms);
    const until = this.#now() + ms;
    if (until > (this.#blockedUntil.get(key) ?? 0)) this.#blockedUntil.set(key, until);
  }

  /** Drops calls that left the window, and the keys left empty, so memory follows live quotas. */
  #prune(key: string, now: number, windowMs: number): { at: number; ticket: string }[] {
    const granted = this.#granted.get(key) ?? [];
    let left = 0;
    while (left < granted.length && granted[left]!.at <= now - windowMs) left += 1;
    if (left > 0) granted.splice(0, left);
    if (granted.length === 0) this.#granted.delete(key);
    const blockedUntil = this.#blockedUntil.get(key);
    if (blockedUntil !== undefined && blockedUntil <= now) this.#blockedUntil.delete(key);
    return granted;
  }
}
