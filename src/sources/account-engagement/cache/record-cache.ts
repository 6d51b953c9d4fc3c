import type { SharedCache } from '../../../core/shared/index.js';

/** How one kind of record is read through the cache (see readRecordsThrough). */
export interface RecordReads<V> {
  readonly cache: SharedCache;
  /** 0: no cache at all, every id is fetched. */
  readonly ttlMs: number;
  /** The caller sent `Cache-Control: no-cache`: every id is fetched, and what comes is stored. */
  readonly fresh: boolean;
  keyOf(id: number): string;
  /** The record's global id: its tag, which a write through the API invalidates. */
  tagOf(id: number): string;
  /** The upstream read of `ids`; it may answer more records than asked (an id range query). */
  fetch(ids: number[]): Promise<Map<number, V | Error>>;
}

/**
 * A DataLoader batch through the record cache: the cache is asked first, in one `getMany`, and only
 * the misses go upstream. What comes back is stored per record, tagged with its global id, unless
 * a write invalidated it while the read was on its way (SharedCache.setMany). Ids that do not
 * exist and failed reads are never stored, so a record created or undeleted shows up at once.
 */
export async function readRecordsThrough<V>(
  ids: readonly number[],
  reads: RecordReads<V>,
): Promise<Map<number, V | Error>> {
  const { cache, ttlMs, keyOf, tagOf } = reads;
  if (ttlMs <= 0) return reads.fetch([...ids]);
  const unique = [...new Set(ids)];
  const found = new Map<number, V | Error>();
  let misses = unique;
  if (!reads.fresh) {
    const hits = await cache.getMany<V>(unique.map(keyOf));
    misses = unique.filter((id, index) => {
      const hit = hits[index];
      if (hit !== undefined) found.set(id, hit);
      return hit === undefined;
    });
  }
  if (misses.length === 0) return found;
  const startedAt = Date.now();
  const fetched = await reads.fetch(misses);
  const writes: Promise<void>[] = [];
  for (const [id, value] of fetched) {
    found.set(id, value);
    if (value instanceof Error) continue;
    writes.push(
      cache.setMany([{ key: keyOf(id), value }], { ttlMs, tags: [tagOf(id)] }, startedAt),
    );
  }
  // Stored before the answer goes out, so that the next request, on any replica, finds it.
  await Promise.all(writes);
  return found;
}
