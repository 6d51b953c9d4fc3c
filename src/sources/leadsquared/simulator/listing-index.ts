/**
 * One opportunity type in one list order (sort column and direction), built on first use and
 * kept, so Retrieve/BySearchParameter cuts its page out of it instead of filtering and sorting
 * every opportunity of the type on every call. The seeded records never change.
 */
import { SortedIndex } from '../../../core/simulator/sorted-index.js';
import type { TextField } from './advanced-search.js';
import type { LeadSquaredDataset } from './dataset.js';
import { keyedOrder, type Sorting } from './paging-sorting.js';
import type { OpportunityRecord } from './records.js';

export function opportunityOrder(
  dataset: LeadSquaredDataset,
  eventCode: number,
  { column, descending }: Sorting,
): SortedIndex<OpportunityRecord, string> {
  return dataset
    .ordersOfType(eventCode)
    .get(
      `${column}:${descending ? 'desc' : 'asc'}`,
      (records) =>
        new SortedIndex(records, (record) => record[column], keyedOrder(descending), descending),
    );
}

/** The columns whose few values get orders of their own (see partitionOrder). */
export const PARTITION_FIELDS: readonly TextField[] = ['Status', 'Owner'];

/**
 * The opportunities of a type whose `field`, lower-cased, is `value`, in the same list order; or
 * undefined when no opportunity of the type has that value. One per value of Status (three) or
 * Owner (the seeded users), kept like the full order, so an `eq` row on them is a look-up and the
 * match count is the window's length, not a scan of the type. Values nobody has are not kept, so
 * callers cannot make the simulator keep an order per string they send.
 */
export function partitionOrder(
  dataset: LeadSquaredDataset,
  eventCode: number,
  sorting: Sorting,
  field: TextField,
  value: string,
): SortedIndex<OpportunityRecord, string> | undefined {
  if (!dataset.lowerCaseValuesOf(eventCode, field).has(value)) return undefined;
  const full = opportunityOrder(dataset, eventCode, sorting);
  const { column, descending } = sorting;
  return dataset.ordersOfType(eventCode).get(
    `${column}:${descending ? 'desc' : 'asc'}:${field}=${value}`,
    () =>
      new SortedIndex(
        // Already in list order: the sort below only checks it.
        full.slice(0, full.length).filter((record) => record[field]?.toLowerCase() === value),
        (record) => record[column],
        keyedOrder(descending),
        descending,
      ),
  );
}
