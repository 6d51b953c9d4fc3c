/**
 * One opportunity type in one list order (sort column and direction), built on first use and
 * kept, so Retrieve/BySearchParameter cuts its page out of it instead of filtering and sorting
 * every opportunity of the type on every call. The seeded records never change.
 */
import { SortedIndex } from '../../../core/simulator/sorted-index.js';
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
