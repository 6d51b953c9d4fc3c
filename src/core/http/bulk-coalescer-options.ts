import type { LiveDeadline, SharedCallSource } from './caller-deadline.js';
import type { BatchSelection } from './batch-selection.js';

/* What a BulkCoalescer (bulk-coalescer.ts) is built with and hands its upstream calls. */

/** Called once the call a quota slot was granted for has ended (answered or failed). */
export type SlotEnded = () => void;

/** What one upstream call of the coalescer runs under. */
export interface CoalescedCall<O = never> extends LiveDeadline {
  /**
   * Ends the slot this call was granted. The coalescer calls it when `fetch` settles; `fetch` may
   * call it earlier (when its first attempt has ended, as the retry loop does). Only the first
   * call counts.
   */
  readonly slotEnded: SlotEnded;
  /**
   * What the callers whose keys ride in this call gave `load` as their observer (each once), e.g.
   * their request's call counters: a shared call is counted by every request it served.
   */
  readonly observers: readonly O[];
  /** The source it calls, and how long its quota turn took to come (for metrics and traces). */
  readonly source: SharedCallSource['source'];
  readonly waitedMs: number;
}

export interface BulkCoalescerOptions<K, V, O = never> extends SharedCallSource, BatchSelection<K> {
  /** The upstream's batch limit, e.g. 2,000 ids for LeadSquared's GetOpportunitiesById. */
  maxKeysPerCall: number;
  /** A key's identity: keys with the same string are fetched once, whoever asked for them. */
  keyOf(key: K): string;
  /**
   * Resolves when the quota allows the next call (e.g. SlidingWindowLimiter.acquire), optionally
   * with the function that ends that slot; rejects, with the error callers should get, when the
   * wait would outlast `deadline`.
   */
  acquire(deadline: number): Promise<SlotEnded | void>;
  /** One upstream call for at most maxKeysPerCall keys; its results keyed by keyOf. */
  fetch(keys: readonly K[], call: CoalescedCall<O>): Promise<ReadonlyMap<string, V>>;
}
