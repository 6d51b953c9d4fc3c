/**
 * The ordering every List operation uses (simulator choices: the upstream documentation,
 * docs/upstreams/partner-central.md#operations, is silent on ties and gaps): by the requested key,
 * items without a value for it last in either direction, and ties broken by the item's identifier
 * ascending in either direction, so pages never overlap.
 */
import type { KeyedOrder, KeyedRecord } from '../../../../core/simulator/sorted-index.js';

export type SortValue = string | number | undefined;

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** The ordering on items paired with their key, shared by sortItems and the listing indexes. */
export function keyedOrder<T>(
  descending: boolean,
  identifier: (item: T) => string,
): KeyedOrder<T, SortValue> {
  return (a: KeyedRecord<T, SortValue>, b: KeyedRecord<T, SortValue>) => {
    const [valueA, valueB] = [a.key, b.key];
    if (valueA === undefined || valueB === undefined) {
      if (valueA !== valueB) return valueA === undefined ? 1 : -1;
    } else {
      const byKey = compare(valueA, valueB);
      if (byKey !== 0) return descending ? -byKey : byKey;
    }
    return compare(identifier(a.record), identifier(b.record));
  };
}

export function sortItems<T>(
  items: readonly T[],
  key: (item: T) => SortValue,
  descending: boolean,
  identifier: (item: T) => string,
): T[] {
  const order = keyedOrder(descending, identifier);
  return items
    .map((record) => ({ record, key: key(record) }))
    .sort(order)
    .map((entry) => entry.record);
}
