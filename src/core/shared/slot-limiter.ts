import { setTimeout as delay } from 'node:timers/promises';
import type { SlotStore } from '../state/index.js';
import { QuotaWaitExceedsDeadline } from '../http/sliding-window-limiter.js';
import type { SharedStateHealth } from './health.js';

/** At most N calls in flight; `acquire` resolves with the function that frees the slot. */
export interface SlotLimiter {
  acquire(deadline: number): Promise<() => void>;
  close(): void;
}

interface Waiter {
  readonly deadline: number;
  resolve(release: () => void): void;
  reject(error: Error): void;
}

/** How often the head of the queue asks again while every slot is taken. */
const POLL_MS = 15;

/**
 * Concurrency slots shared by every replica through a SlotStore (Account Engagement refuses a
 * sixth request in flight per business unit, whichever replica sends it). Slots are leases that
 * expire after `leaseMs`, so a replica that dies mid-call frees its slots by itself. The store
 * cannot notify a release, so the head of this replica's queue asks again every few ms (with
 * jitter); callers of one replica are served first come, first served.
 *
 * When the store cannot be reached, callers use `local`: this process's share of the slots.
 */
export class SharedSlotLimiter implements SlotLimiter {
  readonly #queue: Waiter[] = [];
  #pumping = false;
  #closed = false;

  constructor(
    private readonly store: SlotStore,
    private readonly health: SharedStateHealth,
    private readonly key: string,
    private readonly max: number,
    private readonly leaseMs: number,
    private readonly local: SlotLimiter,
  ) {}

  acquire(deadline: number): Promise<() => void> {
    if (this.#closed) return Promise.reject(new QuotaWaitExceedsDeadline(0));
    if (!this.health.usable) return this.local.acquire(deadline);
    return new Promise((resolve, reject) => {
      this.#queue.push({ deadline, resolve, reject });
      void this.#pump();
    });
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
        const now = Date.now();
        for (let i = this.#queue.length - 1; i >= 0; i -= 1) {
          if (this.#queue[i]!.deadline <= now)
            this.#queue.splice(i, 1)[0]!.reject(new QuotaWaitExceedsDeadline(0));
        }
        const head = this.#queue[0];
        if (!head) break;
        if (!this.health.usable) {
          for (const waiter of this.#queue.splice(0))
            this.local.acquire(waiter.deadline).then(waiter.resolve, waiter.reject);
          break;
        }
        let lease: string | null;
        try {
          lease = await this.store.tryAcquire(this.key, this.max, this.leaseMs);
          this.health.succeeded();
        } catch (error) {
          this.health.failed(error);
          continue;
        }
        if (lease !== null) {
          this.#queue.shift();
          head.resolve(this.#releaser(lease));
          continue;
        }
        await delay(POLL_MS + Math.floor(Math.random() * POLL_MS), undefined, { ref: false });
      }
    } finally {
      this.#pumping = false;
    }
  }

  #releaser(lease: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // A release that fails leaves the lease to expire on its own (leaseMs).
      void this.health.attempt(
        () => this.store.release(this.key, lease),
        () => false,
      );
    };
  }
}
