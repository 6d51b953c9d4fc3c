import type { CacheEntry, CacheSetOptions, CacheStore } from '../state/index.js';
import type { SharedStateHealth } from './health.js';
import { NO_OBSERVER, type UpstreamObserver } from '../telemetry/upstream-observer.js';
import { cacheKeyLabels } from './cached-reads.js';

/**
 * The cache as the rest of the code sees it: it never fails a request. A store that cannot be
 * reached answers "miss" and skips writes (the upstream is asked instead, which is always correct).
 *
 * Two things keep it from serving what a writer of this process has just changed:
 * - An invalidation that could not reach the store is kept and sent again before this process
 *   reads the cache again (and every second meanwhile); until it has gone through, every read is a
 *   miss. Otherwise Redis coming back would serve pages this replica knows to be stale.
 * - `invalidatedSince` tells a read that was in flight while its tags were invalidated not to
 *   store what it read: it may be the value from before the write.
 */
const MAX_READ_MS = 600_000;

export class SharedCache {
  /** When each tag (or key) was last invalidated here, for `invalidatedSince`; pruned by age. */
  readonly #invalidatedAt = new Map<string, number>();
  #pending: { keys: Set<string>; tags: Set<string> } = { keys: new Set(), tags: new Set() };
  #retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: CacheStore,
    private readonly health: SharedStateHealth,
    private readonly observer: UpstreamObserver = NO_OBSERVER,
  ) {}

  async getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const misses = () => keys.map(() => undefined);
    const found = !(await this.#flushPending())
      ? misses()
      : await this.health.attempt(() => this.store.getMany<T>(keys), misses);
    keys.forEach((key, index) =>
      this.observer.cacheRead({
        ...cacheKeyLabels(key),
        result: found[index] === undefined ? 'miss' : 'hit',
      }),
    );
    return found;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.getMany<T>([key]))[0];
  }

  /**
   * Stores entries read at `readStartedAt` (Date.now() before the upstream call), unless one of
   * their tags or keys was invalidated since: then the read may predate a write, and is dropped.
   */
  async setMany(
    entries: readonly CacheEntry[],
    options: CacheSetOptions,
    readStartedAt: number,
  ): Promise<void> {
    if (entries.length === 0 || options.ttlMs <= 0) return;
    const touched = [...(options.tags ?? []), ...entries.map((entry) => entry.key)];
    if (this.invalidatedSince(touched, readStartedAt)) return;
    if (this.#pending.keys.size + this.#pending.tags.size > 0) return;
    await this.health.attempt(
      () => this.store.setMany(entries, options),
      () => undefined,
    );
  }

  /** Drops keys and everything tagged with `tags`; kept for later when the store is down. */
  async invalidate(keys: readonly string[], tags: readonly string[]): Promise<void> {
    const now = Date.now();
    for (const name of [...keys, ...tags]) this.#invalidatedAt.set(name, now);
    this.#prune(now);
    for (const key of keys) this.#pending.keys.add(key);
    for (const tag of tags) this.#pending.tags.add(tag);
    await this.#flushPending();
  }

  /** When any of `names` was last invalidated in this process (0: never). */
  lastInvalidated(names: readonly string[]): number {
    return Math.max(0, ...names.map((name) => this.#invalidatedAt.get(name) ?? 0));
  }

  invalidatedSince(names: readonly string[], since: number): boolean {
    return names.some((name) => (this.#invalidatedAt.get(name) ?? -Infinity) >= since);
  }

  async close(): Promise<void> {
    clearTimeout(this.#retryTimer);
    await this.store.close();
  }

  /** True when nothing is pending any more. */
  async #flushPending(): Promise<boolean> {
    const { keys, tags } = this.#pending;
    if (keys.size + tags.size === 0) return true;
    this.#pending = { keys: new Set(), tags: new Set() };
    const sent = await this.health.attempt(
      async () => {
        if (keys.size > 0) await this.store.invalidate([...keys]);
        if (tags.size > 0) await this.store.invalidateTags([...tags]);
        return true;
      },
      () => false,
    );
    if (sent) return this.#pending.keys.size + this.#pending.tags.size === 0;
    for (const key of keys) this.#pending.keys.add(key);
    for (const tag of tags) this.#pending.tags.add(tag);
    if (!this.#retryTimer) {
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = undefined;
        void this.#flushPending();
      }, 1_000);
      this.#retryTimer.unref();
    }
    return false;
  }

  /** No read outlives the longest request deadline (REQUEST_TIMEOUT_MS <= 10 min): older can go. */
  #prune(now: number): void {
    if (this.#invalidatedAt.size < 1_000) return;
    for (const [name, at] of this.#invalidatedAt) {
      if (now - at > MAX_READ_MS) this.#invalidatedAt.delete(name);
    }
  }
}
