/**
 * A catalog's opportunities in one ListOpportunities order (SortBy and SortOrder), built once per
 * order and kept in step with created opportunities by the catalog, so a listing cuts its page out
 * of the order instead of sorting the catalog on every call.
 */
import { SortedIndex } from '../../../../core/simulator/sorted-index.js';
import type { CatalogData } from '../data/catalog-data.js';
import type { OpportunityRecord } from '../data/records.js';
import { opportunitySortKey, type OpportunitySortName } from './opportunity-query.js';
import { keyedOrder, type SortValue } from './sort.js';

export function opportunityIndex(
  catalog: CatalogData,
  sortBy: OpportunitySortName,
  descending: boolean,
): SortedIndex<OpportunityRecord, SortValue> {
  return catalog.opportunityOrders.get(
    `${sortBy}:${descending ? 'DESCENDING' : 'ASCENDING'}`,
    (records) =>
      new SortedIndex(
        records,
        opportunitySortKey(sortBy),
        keyedOrder<OpportunityRecord>(descending, (record) => record.Id),
        descending,
      ),
  );
}
