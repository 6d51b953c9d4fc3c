/**
 * A query page cut out of an order kept per sort key (core SortedIndex), with the same records,
 * order and total as filtering every record and sorting the matches. Speed: the bounds on the
 * sort key select a run of the order by binary search; the other bounds are tested on that run
 * only; nothing is sorted per call.
 */
import {
  SortedIndex,
  type KeyRange,
  type SortedIndexes,
} from '../../../../core/simulator/sorted-index.js';
import { keyedOrder, type SortKey, type SortOrder, type SortValue } from './sort-and-page.js';

/** A strict window (`> after`, `< before`) on one field, named as its sort key when it has one. */
export interface FieldBounds<T> {
  readonly field: string;
  readonly value: (record: T) => number;
  readonly after: number | undefined;
  readonly before: number | undefined;
}

export interface QueryPage<T> {
  readonly items: T[];
  /** Every match, or (`countAll` false) at least one more than the page's end when more exist. */
  readonly total: number;
}

const within = (value: number, after: number | undefined, before: number | undefined): boolean =>
  (after === undefined || value > after) && (before === undefined || value < before);

/** Whether the record lies inside every window. */
export const withinAll = <T>(bounds: readonly FieldBounds<T>[], record: T): boolean =>
  bounds.every((b) => within(b.value(record), b.after, b.before));

export function indexedQueryPage<T extends { readonly id: number }>(
  indexes: SortedIndexes<T>,
  sort: { readonly field: string; readonly key: SortKey<T>; readonly order: SortOrder },
  bounds: readonly FieldBounds<T>[],
  page: { readonly offset: number; readonly limit: number; readonly countAll: boolean },
): QueryPage<T> {
  const index = indexes.get(
    `${sort.field}:${sort.order}`,
    (records) =>
      new SortedIndex<T, SortValue>(
        records,
        sort.key.value,
        keyedOrder<T>(sort.order),
        sort.order === 'descending',
      ),
  );
  const active = bounds.filter((b) => b.after !== undefined || b.before !== undefined);
  const ranges: KeyRange<SortValue>[] = active
    .filter((b) => b.field === sort.field)
    .map((b) => ({
      ...(b.after === undefined ? {} : { low: b.after }),
      ...(b.before === undefined ? {} : { high: b.before }),
    }));
  const rest = active.filter((b) => b.field !== sort.field);
  const { start, end } = index.window(ranges);
  const { offset, limit } = page;
  if (rest.length === 0) {
    return {
      items: index.slice(start + offset, Math.min(end, start + offset + limit)),
      total: end - start,
    };
  }
  const { items, matched } = index.matching(start, end, (record) => withinAll(rest, record), {
    skip: offset,
    take: limit,
    countAll: page.countAll,
  });
  return { items, total: matched };
}
