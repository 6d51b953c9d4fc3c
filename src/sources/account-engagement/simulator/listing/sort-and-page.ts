/**
 * Sorting and paging shared by both queries
 * (docs/upstreams/account-engagement.md#opportunity-query, #prospect-operations). Each sort key has
 * its documented default direction; ties are broken by id ascending whichever the direction
 * (simulator choice, the documentation is silent: see
 * docs/upstreams/account-engagement.md#where-the-documentation-is-silent), so offset paging over a
 * fixed data set visits every record once. A missing value (a prospect without activity) sorts
 * below every present one.
 */
import type { KeyedOrder } from '../../../../core/simulator/sorted-index.js';

export type SortOrder = 'ascending' | 'descending';
export type SortValue = number | string | null;

export interface SortKey<T> {
  readonly value: (record: T) => SortValue;
  readonly defaultOrder: SortOrder;
}

/** The ordering on records paired with their key, shared by sortRecords and the query indexes. */
export function keyedOrder<T extends { readonly id: number }>(
  order: SortOrder,
): KeyedOrder<T, SortValue> {
  const direction = order === 'descending' ? -1 : 1;
  return (a, b) => {
    const [x, y] = [a.key, b.key];
    if (x !== y) {
      if (x === null) return -direction;
      if (y === null) return direction;
      return (x < y ? -1 : 1) * direction;
    }
    return a.record.id - b.record.id;
  };
}

export function sortRecords<T extends { readonly id: number }>(
  records: readonly T[],
  key: SortKey<T>,
  order: SortOrder = key.defaultOrder,
): T[] {
  // Keys are computed once per record, not twice per comparison: parsing a timestamp 20,000
  // times per query made the simulator, not the code under test, the slow part of a benchmark.
  const keyed = records.map((record) => ({ record, key: key.value(record) }));
  keyed.sort(keyedOrder(order));
  return keyed.map((entry) => entry.record);
}

export function pageOf<T>(records: readonly T[], offset: number, limit: number): T[] {
  return records.slice(offset, offset + limit);
}
