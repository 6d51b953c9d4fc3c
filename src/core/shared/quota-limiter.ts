import type { QuotaWindowStore } from '../state/index.js';
import { SlidingWindowLimiter } from '../http/sliding-window-limiter.js';
import type { SharedStateHealth } from './health.js';
import { TurnQueue, type TurnAnswer } from './turn-queue.js';

/** What a source client needs of a quota: a turn before a deadline, and a back-off for everyone. */
export interface QuotaLimiter {
  /** Resolves when a call may be sent (see SlidingWindowLimiter.acquire); rejects when too late. */
  acquire(deadline: number): Promise<() => void>;
  /** Counts a call granted by another limiter (the shared window this one stands in for). */
  noteGranted?(): void;
  /** The upstream throttled us anyway: nobody sharing the quota sends for a while. */
  backOff(retryAfterMs?: number): void;
  close(): void;
}

export interface QuotaSpec {
  calls: number;
  windowMs: number;
  /** Added to the window, for clocks and transit (see SlidingWindowOptions.marginMs). */
  marginMs?: number;
}

/**
 * One quota shared by every replica through a QuotaWindowStore (Redis). The store answers
 * "granted" or "try again in N ms"; the waiting is TurnQueue's, so every replica's head asks again
 * when the oldest call of the window leaves, no replica is locked out and no caller starves
 * behind later ones of its own replica. A grant is resolved with its "arrived" marker: the store
 * then counts the call from when its answer came, as the upstream counts it from receipt.
 *
 * While the store cannot be reached, callers go to `local`: a limiter of this process alone on its
 * configured share of the quota, so a fleet without Redis still stays under the account's limit
 * when the share is 1/replicas. Sharing resumes on the first call after Redis answers again.
 */
export class SharedQuotaLimiter extends TurnQueue implements QuotaLimiter {
  readonly #limit: { calls: number; windowMs: number };

  constructor(
    private readonly store: QuotaWindowStore,
    health: SharedStateHealth,
    /** The quota's name in the store: one per source and account (and operation). */
    private readonly key: string,
    spec: QuotaSpec,
    private readonly localQuota: QuotaLimiter,
  ) {
    super(health, localQuota);
    this.#limit = { calls: spec.calls, windowMs: spec.windowMs + (spec.marginMs ?? 0) };
  }

  backOff(retryAfterMs?: number): void {
    const ms = Math.max(1, Math.ceil(retryAfterMs ?? this.#limit.windowMs));
    this.localQuota.backOff(retryAfterMs);
    void this.health.attempt(
      () => this.store.backOff(this.key, ms),
      () => undefined,
    );
  }

  protected async tryTurn(): Promise<TurnAnswer> {
    const decision = await this.store.tryAcquire(this.key, this.#limit);
    if (!decision.granted) return { retryInMs: decision.retryInMs, certain: true };
    // The local share keeps count too, so that taking over in an outage starts from what this
    // replica really sent in the last window.
    this.localQuota.noteGranted?.();
    return { granted: this.#reachedOnce(decision.ticket) };
  }

  /** The "arrived" marker of one grant: moves it to the moment the upstream had the call. */
  #reachedOnce(ticket: string): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      void this.health.attempt(
        () => this.store.reached(this.key, ticket, this.#limit),
        () => undefined,
      );
    };
  }
}

/** The local share of a quota: what one replica may send when it cannot reach the others. */
export function localShareLimiter(spec: QuotaSpec, share: number): SlidingWindowLimiter {
  return new SlidingWindowLimiter({
    calls: Math.max(1, Math.floor(spec.calls * share)),
    windowMs: spec.windowMs,
    ...(spec.marginMs === undefined ? {} : { marginMs: spec.marginMs }),
  });
}
