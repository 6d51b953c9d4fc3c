/**
 * Sorting and paging shared by both queries (reference §4.1). Each sort key has its documented
 * default direction; ties are broken by id ascending whichever the direction (simulator choice,
 * the reference is silent), so offset paging over a fixed data set visits every record once.
 * A missing value (a prospect without activity) sorts below every present one.
 */
export type SortOrder = 'ascending' | 'descending';

export interface SortKey<T> {
  readonly value: (record: T) => number | string | null;
  readonly defaultOrder: SortOrder;
}

export function sortRecords<T extends { readonly id: number }>(
  records: readonly T[],
  key: SortKey<T>,
  order: SortOrder = key.defaultOrder,
): T[] {
  const direction = order === 'descending' ? -1 : 1;
  return [...records].sort((a, b) => {
    const [x, y] = [key.value(a), key.value(b)];
    if (x !== y) {
      if (x === null) return -direction;
      if (y === null) return direction;
      return (x < y ? -1 : 1) * direction;
    }
    return a.id - b.id;
  });
}

export function pageOf<T>(records: readonly T[], offset: number, limit: number): T[] {
  return records.slice(offset, offset + limit);
}
