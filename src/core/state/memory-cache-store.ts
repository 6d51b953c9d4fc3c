import { LRUCache } from 'lru-cache';
import {
  decodeCacheValue,
  encodeCacheValue,
  ttlMilliseconds,
  type CacheEntry,
  type CacheSetOptions,
  type CacheStore,
} from './cache-store.js';

export interface MemoryCacheStoreOptions {
  /** Most entries held; the least recently used goes first. */
  readonly maxEntries: number;
  /** Most characters of JSON held in all (a bound on memory that counts big pages as big). */
  readonly maxChars?: number;
  /** A clock in milliseconds, for tests that move time instead of waiting. */
  readonly now?: () => number;
}

interface Stored {
  readonly text: string;
  readonly tags: readonly string[];
}

/**
 * The embedded cache: an LRU bounded by entry count (and optionally by JSON size), with a TTL per
 * entry. The tag index is kept in step with the LRU through its dispose hook, so entries that are
 * evicted or expire leave no tag behind and the index cannot grow past the cache.
 */
export class MemoryCacheStore implements CacheStore {
  readonly #lru: LRUCache<string, Stored>;
  readonly #keysByTag = new Map<string, Set<string>>();

  constructor(options: MemoryCacheStoreOptions) {
    const clock = options.now;
    this.#lru = new LRUCache<string, Stored>({
      max: options.maxEntries,
      ...(options.maxChars === undefined
        ? {}
        : { maxSize: options.maxChars, sizeCalculation: (stored: Stored) => stored.text.length }),
      // Expired entries are dropped when read; `ttl` is only a default, every set passes its own.
      ttl: 0,
      allowStale: false,
      updateAgeOnGet: false,
      // An injected clock must be read every time: the default caches `now` for 1 ms.
      ...(clock ? { perf: { now: clock }, ttlResolution: 0 } : {}),
      dispose: (stored, key) => this.#unindex(key, stored.tags),
    });
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    return decodeCacheValue<T>(this.#lru.get(key)?.text);
  }

  async getMany<T = unknown>(keys: readonly string[]): Promise<(T | undefined)[]> {
    return keys.map((key) => decodeCacheValue<T>(this.#lru.get(key)?.text));
  }

  async set(key: string, value: unknown, options: CacheSetOptions): Promise<void> {
    await this.setMany([{ key, value }], options);
  }

  async setMany(entries: readonly CacheEntry[], options: CacheSetOptions): Promise<void> {
    const ttl = ttlMilliseconds(options);
    const tags = [...new Set(options.tags ?? [])];
    // Encode all first, so one bad value stores none of the batch (as in Redis's MULTI).
    const encoded = entries.map(({ key, value }) => ({ key, text: encodeCacheValue(key, value) }));
    for (const { key, text } of encoded) {
      // `set` disposes the old value first (dropping its tags), then the new tags are indexed.
      this.#lru.set(key, { text, tags }, { ttl });
      if (!this.#lru.has(key)) continue; // larger than maxChars: lru-cache refuses it
      for (const tag of tags) {
        let keys = this.#keysByTag.get(tag);
        if (!keys) this.#keysByTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
    }
  }

  async invalidate(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.#lru.delete(key);
  }

  async invalidateTags(tags: readonly string[]): Promise<void> {
    const keys = new Set(tags.flatMap((tag) => [...(this.#keysByTag.get(tag) ?? [])]));
    for (const key of keys) this.#lru.delete(key);
  }

  async close(): Promise<void> {
    this.#lru.clear();
  }

  /** Entries held now, expired ones not yet dropped included (for tests and metrics). */
  get size(): number {
    return this.#lru.size;
  }

  #unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.#keysByTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.#keysByTag.delete(tag);
    }
  }
}
