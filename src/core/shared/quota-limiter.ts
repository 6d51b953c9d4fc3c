import type { QuotaWindowStore } from '../state/index.js';
import { QuotaWaitExceedsDeadline, SlidingWindowLimiter } from '../http/sliding-window-limiter.js';
import { setTimeout as delay } from 'node:timers/promises';
import type { SharedStateHealth } from './health.js';

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

interface Waiter {
  readonly deadline: number;
  resolve(reached: () => void): void;
  reject(error: Error): void;
}

/**
 * One quota shared by every replica through a QuotaWindowStore (Redis). The store only answers
 * "granted" or "try again in N ms"; the waiting is here: this replica's callers queue first come,
 * first served, and only the head of the queue asks the store, again when its answer says a call
 * could be granted. Every replica's head wakes when the oldest call of the window expires, so no
 * replica is locked out and no caller starves behind later ones of its own replica.
 *
 * When the store cannot be reached (SharedStateHealth says so), callers go to `local`: a limiter
 * of this process alone on its configured share of the quota, so a fleet without Redis still stays
 * under the account's limit when the share is 1/replicas. Sharing resumes on the first call after
 * Redis answers again.
 */
export class SharedQuotaLimiter implements QuotaLimiter {
  readonly #queue: Waiter[] = [];
  readonly #windowMs: number;
  #pumping = false;
  #closed = false;

  constructor(
    private readonly store: QuotaWindowStore,
    private readonly health: SharedStateHealth,
    /** The quota's name in the store: one per source and account (and operation). */
    private readonly key: string,
    private readonly spec: QuotaSpec,
    private readonly local: QuotaLimiter,
  ) {
    this.#windowMs = spec.windowMs + (spec.marginMs ?? 0);
  }

  acquire(deadline: number): Promise<() => void> {
    if (this.#closed) return Promise.reject(new QuotaWaitExceedsDeadline(0));
    if (!this.health.usable) return this.local.acquire(deadline);
    return new Promise((resolve, reject) => {
      this.#queue.push({ deadline, resolve, reject });
      void this.#pump();
    });
  }

  backOff(retryAfterMs?: number): void {
    const ms = Math.max(1, Math.ceil(retryAfterMs ?? this.#windowMs));
    this.local.backOff(retryAfterMs);
    void this.health.attempt(
      () => this.store.backOff(this.key, ms),
      () => undefined,
    );
  }

  close(): void {
    this.#closed = true;
    for (const waiter of this.#queue.splice(0)) waiter.reject(new QuotaWaitExceedsDeadline(0));
    this.local.close();
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0 && !this.#closed) {
        this.#refuseExpired(Date.now());
        const head = this.#queue[0];
        if (!head) break;
        if (!this.health.usable) {
          // Redis went away while these waited: they queue on the local share instead.
          for (const waiter of this.#queue.splice(0))
            this.local.acquire(waiter.deadline).then(waiter.resolve, waiter.reject);
          break;
        }
        let decision;
        try {
          decision = await this.store.tryAcquire(this.key, {
            calls: this.spec.calls,
            windowMs: this.#windowMs,
          });
          this.health.succeeded();
        } catch (error) {
          this.health.failed(error);
          continue;
        }
        if (decision.granted) {
          // The local share keeps count too, so that taking over in an outage starts from what
          // this replica really sent in the last window.
          this.local.noteGranted?.();
          this.#queue.shift();
          head.resolve(this.#reachedOnce(decision.ticket));
          continue;
        }
        const openAt = Date.now() + decision.retryInMs;
        // Whoever's deadline comes before the next possible grant is told now, not at openAt.
        this.#refuseExpired(openAt, decision.retryInMs);
        if (this.#queue.length === 0) break;
        // A little jitter, so the heads of several replicas do not ask at the very same instant.
        // Unref'd: a queue still waiting at shutdown must not keep the process alive.
        await delay(decision.retryInMs + Math.floor(Math.random() * 5), undefined, { ref: false });
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** The "arrived" marker of one grant: moves it to the moment the upstream had the call. */
  #reachedOnce(ticket: string): () => void {
    let done = false;
    const limit = { calls: this.spec.calls, windowMs: this.#windowMs };
    return () => {
      if (done) return;
      done = true;
      void this.health.attempt(
        () => this.store.reached(this.key, ticket, limit),
        () => undefined,
      );
    };
  }

  #refuseExpired(at: number, waitMs = 0): void {
    for (let i = this.#queue.length - 1; i >= 0; i -= 1) {
      const waiter = this.#queue[i]!;
      if (waiter.deadline <= at) {
        this.#queue.splice(i, 1);
        waiter.reject(new QuotaWaitExceedsDeadline(waitMs));
      }
    }
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
