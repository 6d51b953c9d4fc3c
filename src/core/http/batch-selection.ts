/** How a BulkCoalescer picks the keys of its next call (bulk-coalescer.ts). */
export interface BatchSelection<K> {
  /**
   * Which queued keys the next call carries, given all of them oldest first (default: the first
   * maxKeysPerCall). For upstreams whose batches are not just "any n keys", such as Account
   * Engagement's id ranges. Keys that are not queued are ignored, at most maxKeysPerCall are
   * taken, and an empty choice (or a throw) sends the oldest key alone, so the queue always moves.
   */
  selectBatch?(queued: readonly K[]): readonly K[];
}

interface Queued<K> {
  readonly id: string;
  readonly key: K;
}

/** The queued entries (oldest first) the next call carries, as BatchSelection describes. */
export function nextBatch<K, E extends Queued<K>>(
  queued: Iterable<E>,
  options: BatchSelection<K> & { maxKeysPerCall: number; keyOf(key: K): string },
): E[] {
  const { maxKeysPerCall, selectBatch, keyOf } = options;
  const batch: E[] = [];
  if (!selectBatch) {
    for (const entry of queued) {
      if (batch.length === maxKeysPerCall) break;
      batch.push(entry);
    }
    return batch;
  }
  const all = [...queued];
  if (all.length === 0) return batch;
  try {
    const chosen = new Set(selectBatch(all.map((entry) => entry.key)).map(keyOf));
    for (const entry of all)
      if (chosen.has(entry.id) && batch.length < maxKeysPerCall) batch.push(entry);
  } catch {
    // A faulty choice must not keep the slot it was granted nor stall the queue.
  }
  return batch.length > 0 ? batch : [all[0]!];
}
