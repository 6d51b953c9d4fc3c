import type { SlotStore } from '../state/index.js';
import type { SharedStateHealth } from './health.js';
import { TurnQueue, type TurnAnswer, type Turns } from './turn-queue.js';

/** At most N calls in flight; `acquire` resolves with the function that frees the slot. */
export type SlotLimiter = Turns;

/** How often the head of the queue asks again while every slot is taken (plus jitter). */
const POLL_MS = 15;

/**
 * Concurrency slots shared by every replica through a SlotStore (Account Engagement refuses a
 * sixth request in flight per business unit, whichever replica sends it). Slots are leases that
 * expire after `leaseMs`, so a replica that dies mid-call frees its slots by itself. The store
 * cannot notify a release, so the head of this replica's queue asks again every 15 to 30 ms
 * (TurnQueue); when the store cannot be reached, callers use `local`, this process's share.
 */
export class SharedSlotLimiter extends TurnQueue implements SlotLimiter {
  constructor(
    private readonly store: SlotStore,
    health: SharedStateHealth,
    private readonly key: string,
    private readonly max: number,
    private readonly leaseMs: number,
    local: SlotLimiter,
  ) {
    super(health, local);
  }

  protected async tryTurn(): Promise<TurnAnswer> {
    const lease = await this.store.tryAcquire(this.key, this.max, this.leaseMs);
    if (lease === null) {
      return { retryInMs: POLL_MS + Math.floor(Math.random() * POLL_MS), certain: false };
    }
    return { granted: this.#releaser(lease) };
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
