/**
 * Records kept in one listing order (a sort key and a direction), so a listing call cuts its page
 * out of an order built once instead of sorting the whole data set on every call. Writes move
 * single records (`insert`, `remove`), which costs a binary search and one array shift, not a
 * re-sort. `window` finds, by binary search, the run of records whose key lies in a range: a
 * range filter on the sort key selects a contiguous run of the order.
 *
 * The order is the caller's comparator (the simulator's own ordering rules, ties included), so
 * the index changes how fast an answer is found, never which answer. Records without a key
 * (undefined or null) must sort together at one end; a range never selects them.
 */
export type IndexKey = string | number | null | undefined;

export interface KeyedRecord<T, K extends IndexKey> {
  readonly record: T;
  readonly key: K;
}

export type KeyedOrder<T, K extends IndexKey> = (
  a: KeyedRecord<T, K>,
  b: KeyedRecord<T, K>,
) => number;

/** Bounds on a key; an absent end is open. Bounds compare with `<` and `>`, as the sorts do. */
export interface KeyRange<K> {
  readonly low?: K;
  readonly lowInclusive?: boolean;
  readonly high?: K;
  readonly highInclusive?: boolean;
}

const isMissing = (key: IndexKey): boolean => key === undefined || key === null;

/** Present keys only reach the comparisons (window() searches the span that has keys). */
const comparable = (key: IndexKey): string | number => key as string | number;

/** The first index in [from, to) where `test` holds, `test` being false then true along it. */
function firstWhere(from: number, to: number, test: (index: number) => boolean): number {
  let [low, high] = [from, to];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

export class SortedIndex<T, K extends IndexKey> {
  readonly #entries: KeyedRecord<T, K>[];

  /**
   * `descending`: whether present keys decrease along `order` (the direction the comparator
   * sorts in); `window` relies on it.
   */
  constructor(
    records: readonly T[],
    readonly keyOf: (record: T) => K,
    readonly order: KeyedOrder<T, K>,
    readonly descending: boolean,
  ) {
    this.#entries = records.map((record) => ({ record, key: keyOf(record) }));
    this.#entries.sort(order);
  }

  get length(): number {
    return this.#entries.length;
  }

  at(index: number): T | undefined {
    return this.#entries[index]?.record;
  }

  keyAt(index: number): K | undefined {
    return this.#entries[index]?.key;
  }

  /** The records at positions [start, end), in order. */
  slice(start: number, end: number): T[] {
    const records: T[] = [];
    const last = Math.min(end, this.#entries.length);
    for (let index = Math.max(0, start); index < last; index += 1) {
      records.push((this.#entries[index] as KeyedRecord<T, K>).record);
    }
    return records;
  }

  /**
   * The records of positions [start, end) that pass `test`: the `take` that follow the first
   * `skip`, and how many passed. With `countAll` false the scan stops as soon as one record passes
   * after the page (`matched` is then skip + take + 1): enough to tell whether more follow.
   */
  matching(
    start: number,
    end: number,
    test: (record: T) => boolean,
    page: { readonly skip: number; readonly take: number; readonly countAll: boolean },
  ): { items: T[]; matched: number } {
    const items: T[] = [];
    const pageEnd = page.skip + page.take;
    let matched = 0;
    const last = Math.min(end, this.#entries.length);
    for (let index = Math.max(0, start); index < last; index += 1) {
      const { record } = this.#entries[index]!;
      if (!test(record)) continue;
      if (matched >= page.skip && matched < pageEnd) items.push(record);
      matched += 1;
      if (!page.countAll && matched > pageEnd) break;
    }
    return { items, matched };
  }

  /** Places the record where a full sort would put it. */
  insert(record: T): void {
    const entry = { record, key: this.keyOf(record) };
    const at = firstWhere(0, this.#entries.length, (index) => {
      return this.order(this.#entries[index] as KeyedRecord<T, K>, entry) > 0;
    });
    this.#entries.splice(at, 0, entry);
  }

  /** Takes the record out (found by identity); false when it is not in the index. */
  remove(record: T): boolean {
    const at = this.#entries.findIndex((entry) => entry.record === record);
    if (at < 0) return false;
    this.#entries.splice(at, 1);
    return true;
  }

  /**
   * Positions [start, end) of the records whose key lies in every range (a conjunction of range
   * filters on the sort key). Each range selects one run of the order, so their common part is
   * the intersection of the runs.
   */
  window(ranges: readonly KeyRange<K>[]): { start: number; end: number } {
    let [start, end] = ranges.length === 0 ? [0, this.#entries.length] : this.#presentSpan();
    for (const range of ranges) {
      const run = this.#run(range, start, end);
      [start, end] = [run.start, Math.max(run.start, run.end)];
    }
    return { start, end };
  }

  #run(range: KeyRange<K>, from: number, to: number): { start: number; end: number } {
    const key = (index: number): string | number => comparable(this.#entries[index]!.key);
    const { low, high } = range;
    // Written as the positive comparisons, so a NaN bound selects nothing, as a filter would.
    const aboveLow = (k: string | number): boolean =>
      low === undefined || (range.lowInclusive ? k >= comparable(low) : k > comparable(low));
    const belowHigh = (k: string | number): boolean =>
      high === undefined || (range.highInclusive ? k <= comparable(high) : k < comparable(high));
    const [entering, staying] = this.descending ? [belowHigh, aboveLow] : [aboveLow, belowHigh];
    const start = firstWhere(from, to, (index) => entering(key(index)));
    const end = firstWhere(start, to, (index) => !staying(key(index)));
    return { start, end };
  }

  /** [from, to) of the records that have a key: the keyless ones sit together at one end. */
  #presentSpan(): [number, number] {
    const entries = this.#entries;
    const count = entries.length;
    if (count === 0) return [0, 0];
    if (isMissing((entries[0] as KeyedRecord<T, K>).key)) {
      return [firstWhere(0, count, (index) => !isMissing(entries[index]!.key)), count];
    }
    return [0, firstWhere(0, count, (index) => isMissing(entries[index]!.key))];
  }
}

/**
 * The orders built so far over one collection, by name (e.g. `created_at:descending`), each built
 * on first use. The owner of the records reports every write, and each built order follows it.
 */
export class SortedIndexes<T> {
  readonly #indexes = new Map<string, SortedIndex<T, IndexKey>>();

  constructor(private readonly records: () => readonly T[]) {}

  get<K extends IndexKey>(name: string, build: (records: readonly T[]) => SortedIndex<T, K>) {
    let index = this.#indexes.get(name) as SortedIndex<T, K> | undefined;
    if (index === undefined) {
      index = build(this.records());
      this.#indexes.set(name, index as unknown as SortedIndex<T, IndexKey>);
    }
    return index;
  }

  inserted(record: T): void {
    for (const index of this.#indexes.values()) index.insert(record);
  }

  removed(record: T): void {
    for (const index of this.#indexes.values()) index.remove(record);
  }

  /** A record whose sort keys may have changed: moved to its new place in every order. */
  changed(record: T): void {
    for (const index of this.#indexes.values()) {
      if (index.remove(record)) index.insert(record);
    }
  }
}
