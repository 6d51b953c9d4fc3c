import type { Context } from '../../context.js';
import { mapAccountEngagementOpportunity } from './mapper.js';
import { AccountEngagementOpportunitySortField } from './listing/opportunity-filter.js';
import { primeAccountEngagementOpportunity } from './listing/opportunities.listing.js';
import { opportunitySelectionOf } from './listing/opportunity-query.js';
import { readOpportunityPage } from './listing/cached-page.js';
import type { MergedQuery } from '../merged/merged-query.js';
import {
  nextOffset,
  offsetStreamPage,
  type MergeStream,
} from '../../core/pagination/merged/stream.js';

/**
 * The business unit's opportunities through the `query` operation sorted by created_at, with the
 * strict created_after / created_before of the API: one call per page (or the shared cache),
 * limit = what the page can use, prospects included (`full` output) when the caller reads them
 * (`withProspects`).
 */
export function accountEngagementStream(
  spec: MergeStream['spec'],
  query: MergedQuery,
  ctx: Context,
  withProspects: boolean,
): MergeStream {
  const selection = opportunitySelectionOf(
    {
      ...(query.createdAfter ? { createdAfter: { at: query.createdAfter } } : {}),
      ...(query.createdBefore ? { createdBefore: { at: query.createdBefore } } : {}),
    },
    { field: AccountEngagementOpportunitySortField.CREATED_AT, direction: query.direction },
  );
  return {
    spec,
    positionKind: 'offset',
    async read(position, count) {
      const offset = nextOffset(position);
      const page = await readOpportunityPage(
        { ...selection, offset, limit: count, output: withProspects ? 'full' : 'simple' },
        ctx,
      );
      const records = page.opportunities.map(mapAccountEngagementOpportunity);
      for (const record of records) primeAccountEngagementOpportunity(ctx, record, withProspects);
      return offsetStreamPage(records, offset, count, page.total);
    },
  };
}
