import { checkDuration } from './quota-window.js';

/**
 * Concurrency slots shared by everyone holding the same store (Account Engagement refuses a
 * sixth request in flight per business unit, whichever replica sends it). A slot is a lease that
 * expires after `leaseMs`, so a replica that crashes mid-call frees its slots by itself; pick
 * `leaseMs` no shorter than a call's deadline, or a slow call would lose its slot while in flight.
 *
 * Like the quota window it answers at once and never queues; waiting is the caller's.
 */
export interface SlotStore {
  /** A lease id when fewer than `max` unexpired leases are held for `key`, else null. */
  tryAcquire(key: string, max: number, leaseMs: number): Promise<string | null>;
  /** Frees the slot; false when the lease had expired (or was released) already. */
  release(key: string, lease: string): Promise<boolean>;
  /** Unexpired leases of `key` now: for readiness, metrics and tests. */
  inUse(key: string): Promise<number>;
}

export function checkSlotArguments(max: number, leaseMs: number): void {
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new RangeError(`slots max must be a whole number >= 1, got ${max}`);
  }
  checkDuration('slot leaseMs', leaseMs);
}
