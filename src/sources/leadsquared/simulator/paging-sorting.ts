/**
 * `Paging` (1-based PageIndex, docs/upstreams/leadsquared.md#request-conventions) and `Sorting` for
 * the opportunity list endpoints. The simulator sorts on CreatedOn or ModifiedOn only, and breaks
 * ties by OpportunityId ascending whatever the direction, so equal timestamps (seeded on purpose)
 * still page deterministically.
 */
import type { KeyedOrder } from '../../../core/simulator/sorted-index.js';
import { invalidDataType, invalidInput } from './errors.js';
import type { OpportunityRecord } from './records.js';
import { optionalObject, readInteger } from './request-input.js';

export interface Paging {
  readonly pageIndex: number;
  readonly pageSize: number;
}

export type SortColumn = 'CreatedOn' | 'ModifiedOn';

export interface Sorting {
  readonly column: SortColumn;
  readonly descending: boolean;
}

/** Simulator choice: LeadSquared does not document the default page size of the list endpoints. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1_000;
/** Most recent first, the list endpoints' documented examples' default. */
export const DEFAULT_SORTING: Sorting = { column: 'CreatedOn', descending: true };

const SORT_COLUMNS: readonly string[] = ['CreatedOn', 'ModifiedOn'];

/** Missing Paging → page 1 of `defaultPageSize`; missing PageIndex → 1; missing PageSize → default. */
export function readPaging(
  value: unknown,
  defaultPageSize: number,
  maxPageSize: number,
): Paging | undefined {
  const paging = optionalObject(value, 'Paging');
  if (paging === undefined) return undefined;
  const { PageIndex, PageSize } = paging;
  return {
    pageIndex:
      PageIndex === undefined || PageIndex === null
        ? 1
        : readInteger(PageIndex, 'Paging.PageIndex', 1, Number.MAX_SAFE_INTEGER),
    pageSize:
      PageSize === undefined || PageSize === null
        ? defaultPageSize
        : readInteger(PageSize, 'Paging.PageSize', 1, maxPageSize),
  };
}

/**
 * Direction "1"/1 = descending, "0"/0 = ascending
 * (docs/upstreams/leadsquared.md#request-conventions); missing parts take the default.
 */
export function readSorting(value: unknown): Sorting {
  const sorting = optionalObject(value, 'Sorting');
  if (sorting === undefined) return DEFAULT_SORTING;
  const { ColumnName, Direction } = sorting;
  let column = DEFAULT_SORTING.column;
  if (ColumnName !== undefined && ColumnName !== null) {
    if (typeof ColumnName !== 'string' || !SORT_COLUMNS.includes(ColumnName)) {
      throw invalidInput(
        `Sorting.ColumnName must be one of ${SORT_COLUMNS.join(', ')} in the simulator ` +
          `(got ${JSON.stringify(ColumnName)})`,
      );
    }
    column = ColumnName as SortColumn;
  }
  if (Direction === undefined || Direction === null) return { column, descending: true };
  if (Direction !== 1 && Direction !== 0 && Direction !== '1' && Direction !== '0') {
    throw invalidDataType('Sorting.Direction', '"1" (descending) or "0" (ascending)');
  }
  return { column, descending: Number(Direction) === 1 };
}

/** The ordering on records paired with their sort column's value (an ISO instant). */
export function keyedOrder(descending: boolean): KeyedOrder<OpportunityRecord, string> {
  return (a, b) => {
    // ISO instants compare chronologically as strings.
    const byColumn = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    if (byColumn !== 0) return descending ? -byColumn : byColumn;
    const [idA, idB] = [a.record.ProspectActivityId, b.record.ProspectActivityId];
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
}

export function sortOpportunities(
  records: readonly OpportunityRecord[],
  { column, descending }: Sorting,
): OpportunityRecord[] {
  return records
    .map((record) => ({ record, key: record[column] }))
    .sort(keyedOrder(descending))
    .map((entry) => entry.record);
}

export function pageOf<T>(items: readonly T[], paging: Paging | undefined): T[] {
  if (paging === undefined) return [...items];
  const start = (paging.pageIndex - 1) * paging.pageSize;
  return items.slice(start, start + paging.pageSize);
}
