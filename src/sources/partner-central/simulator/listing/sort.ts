/**
 * The ordering every List operation uses (simulator choices: the upstream documentation,
 * docs/upstreams/partner-central.md#operations, is silent on ties and gaps): by the requested key,
 * items without a value for it last in either direction, and ties broken by the item's identifier
 * ascending in either direction, so pages never overlap.
 */
export type SortValue = string | number | undefined;

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortItems<T>(
  items: readonly T[],
  key: (item: T) => SortValue,
  descending: boolean,
  identifier: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => {
    const [valueA, valueB] = [key(a), key(b)];
    if (valueA === undefined || valueB === undefined) {
      if (valueA !== valueB) return valueA === undefined ? 1 : -1;
    } else {
      const byKey = compare(valueA, valueB);
      if (byKey !== 0) return descending ? -byKey : byKey;
    }
    return compare(identifier(a), identifier(b));
  });
}
