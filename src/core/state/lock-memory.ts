import { randomUUID } from 'node:crypto';
import { checkLockTtl, type LockStore } from './lock.js';

/** The locks of one process: the embedded default, with the Redis store's answers. */
export class MemoryLocks implements LockStore {
  readonly #held = new Map<string, { token: string; expiresAt: number }>();
  readonly #now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? (() => performance.now());
  }

  async acquire(key: string, ttlMs: number): Promise<string | null> {
    checkLockTtl(ttlMs);
    const now = this.#now();
    const held = this.#held.get(key);
    if (held && held.expiresAt > now) return null;
    const token = randomUUID();
    this.#held.set(key, { token, expiresAt: now + ttlMs });
    return token;
  }

  async release(key: string, token: string): Promise<boolean> {
    const held = this.#held.get(key);
    if (!held || held.token !== token) return false;
    this.#held.delete(key);
    return held.expiresAt > this.#now();
  }
}
