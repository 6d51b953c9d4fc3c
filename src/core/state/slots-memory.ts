import { randomUUID } from 'node:crypto';
import { checkSlotArguments, type SlotStore } from './slots.js';

/** The slots of one process: the embedded default, with the Redis store's answers. */
export class MemorySlots implements SlotStore {
  /** Lease id to expiry, per key. */
  readonly #leases = new Map<string, Map<string, number>>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    // Monotonic: a wall clock set forward would expire every lease at once.
    this.#now = options.now ?? (() => performance.now());
  }

  async tryAcquire(key: string, max: number, leaseMs: number): Promise<string | null> {
    checkSlotArguments(max, leaseMs);
    const leases = this.#live(key);
    if (leases.size >= max) return null;
    const lease = randomUUID();
    leases.set(lease, this.#now() + leaseMs);
    this.#leases.set(key, leases);
    return lease;
  }

  async release(key: string, lease: string): Promise<boolean> {
    const leases = this.#live(key);
    const released = leases.delete(lease);
    if (leases.size === 0) this.#leases.delete(key);
    return released;
  }

  async inUse(key: string): Promise<number> {
    return this.#live(key).size;
  }

  /** The unexpired leases of `key`; expired ones are dropped on the way. */
  #live(key: string): Map<string, number> {
    const leases = this.#leases.get(key) ?? new Map<string, number>();
    const now = this.#now();
    for (const [lease, expiresAt] of leases) if (expiresAt <= now) leases.delete(lease);
    if (leases.size === 0) this.#leases.delete(key);
    return leases;
  }
}
