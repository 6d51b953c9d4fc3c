import type { SharedCache } from './shared-cache.js';

export interface ReadThroughMany<K, V> {
  readonly cache: SharedCache;
  /** 0: nothing is read from or stored in the cache. */
  readonly ttlMs: number;
  /** The caller sent `Cache-Control: no-cache`: fetch every key, store what comes back. */
  readonly fresh: boolean;
  readonly keys: readonly K[];
  cacheKeyOf(key: K): string;
  tagsOf(key: K): readonly string[];
  /** The upstream call for the misses; a key absent from its map does not exist (not cached). */
  fetch(misses: readonly K[]): Promise<ReadonlyMap<K, V>>;
}

/**
 * A batch of look-ups by id through the cache: one round trip for every key, the upstream asked
 * only for the misses, and what it returned stored per key under that key's tags. Absent records
 * are not stored, so a record created later is found at once.
 */
export async function readThroughMany<K, V>(spec: ReadThroughMany<K, V>): Promise<Map<K, V>> {
  const found = new Map<K, V>();
  const { cache, ttlMs, keys } = spec;
  let misses = keys;
  if (ttlMs > 0 && !spec.fresh && keys.length > 0) {
    const cached = await cache.getMany<V>(keys.map((key) => spec.cacheKeyOf(key)));
    misses = keys.filter((key, index) => {
      const hit = cached[index];
      if (hit !== undefined) found.set(key, hit);
      return hit === undefined;
    });
  }
  if (misses.length === 0) return found;
  const readStartedAt = Date.now();
  const fetched = await spec.fetch(misses);
  for (const [key, value] of fetched) found.set(key, value);
  if (ttlMs > 0) {
    await Promise.all(
      [...fetched].map(([key, value]) =>
        cache.setMany(
          [{ key: spec.cacheKeyOf(key), value }],
          { ttlMs, tags: spec.tagsOf(key) },
          readStartedAt,
        ),
      ),
    );
  }
  return found;
}
