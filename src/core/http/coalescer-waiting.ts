import type { LatestDeadline } from './caller-deadline.js';

/* Who waits for what inside a BulkCoalescer (bulk-coalescer.ts). */

/*
 * A look-up of 2,000 ids makes 2,000 entries: arrays and a count rather than a Set per entry and
 * per caller, because those Sets were most of the coalescer's cost (an entry rarely has more than
 * one waiter, and a caller only needs to know when its last entry answered).
 */
export interface Caller<K, V, O> {
  readonly deadline: number;
  readonly observer: O | undefined;
  /** Its distinct keys by identity, as it gave them. */
  readonly keys: ReadonlyMap<string, K>;
  /** What came back, by identity. */
  readonly found: Map<string, V>;
  /** Every entry it joined, queued, in flight or answered. */
  readonly entries: Entry<K, V, O>[];
  /** How many of its entries have not answered yet. */
  pending: number;
  done: boolean;
  cancelTimer(): void;
  resolve(found: Map<string, V>): void;
  reject(error: unknown): void;
}

export interface Entry<K, V, O> {
  readonly id: string;
  readonly key: K;
  /** The callers still waiting for it (each once). */
  readonly waiters: Caller<K, V, O>[];
  /** Set when sent: a caller that joins the call in flight may extend its deadline. */
  call?: LatestDeadline;
}
