import { MemoryQuotaWindow, type QuotaLimit } from '../../core/state/index.js';
import type { SharedState } from '../../core/shared/index.js';
import { shareOf } from './share.js';

const MINUTE_MS = 60_000;

/** Local windows idle this long hold no request any more and are dropped. */
const IDLE_MS = MINUTE_MS;

/**
 * Requests per minute per caller, answered at once: a request over the rate is refused, never
 * queued (waiting would hold a connection for up to a minute). It is the sliding window of the
 * source quotas, not a library's: with REDIS_URL the window lives in the same Redis as every
 * other limit (one atomic script per request, under the same key prefix), so the rate is the
 * fleet's, and when Redis is unreachable each replica counts its QUOTA_LOCAL_SHARE of it alone,
 * as every other limit does. Without Redis the window is this process's.
 */
export class RequestRate {
  /** One window per caller, so that a caller gone quiet can be dropped (the store keeps keys). */
  readonly #local = new Map<string, { window: MemoryQuotaWindow; lastUsed: number }>();
  #sweptAt = Date.now();

  constructor(
    private readonly state: SharedState,
    private readonly perMinute: number,
    private readonly localShare: number,
  ) {}

  /** Counts one request of caller `digest`: undefined when admitted, else ms until one would be. */
  async admit(digest: string): Promise<number | undefined> {
    const key = `caller:${digest}:requests`;
    const fleet: QuotaLimit = { calls: this.perMinute, windowMs: MINUTE_MS };
    const decision = this.state.fleetWide
      ? await this.state.health.attempt(
          () => this.state.quotaWindows.tryAcquire(key, fleet),
          () =>
            this.#window(digest).tryAcquire(key, {
              calls: shareOf(this.perMinute, this.localShare),
              windowMs: MINUTE_MS,
            }),
        )
      : await this.#window(digest).tryAcquire(key, fleet);
    return decision.granted ? undefined : decision.retryInMs;
  }

  #window(digest: string): MemoryQuotaWindow {
    const now = Date.now();
    if (now - this.#sweptAt >= IDLE_MS) {
      this.#sweptAt = now;
      for (const [key, entry] of this.#local)
        if (now - entry.lastUsed > IDLE_MS) this.#local.delete(key);
    }
    let entry = this.#local.get(digest);
    if (!entry) {
      entry = { window: new MemoryQuotaWindow(), lastUsed: now };
      this.#local.set(digest, entry);
    }
    entry.lastUsed = now;
    return entry.window;
  }
}
