import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import { fetchOffsetRange } from '../../../core/pagination/index.js';
import { MAX_PAGE_SIZE } from '../client.js';
import { mapOpportunity } from '../mapper.js';
import type { AdvancedSearchRow } from '../wire.js';
import { SortDirection } from '../../../core/domain/enums.js';

export interface LeadSquaredWindowQuery {
  eventCode: number;
  rows: readonly AdvancedSearchRow[];
  sortColumn: string;
  direction: SortDirection;
  /** Include_CSV, planned from the selection. */
  columns: string[];
}

/**
 * Records [offset, offset + count) of one opportunity type through Retrieve/BySearchParameter,
 * with the pages planOffsetPages chooses (one call for a window that fits one page), mapped and
 * primed into the request's by-id loader. `total` is the upstream RecordCount.
 */
export async function fetchLeadSquaredWindow(
  query: LeadSquaredWindowQuery,
  offset: number,
  count: number,
  ctx: Context,
): Promise<{ records: OpportunityRecord[]; total: number | null }> {
  const { client, config } = ctx.services.leadSquared;
  const { eventCode, columns } = query;
  const page = await fetchOffsetRange(offset, count, MAX_PAGE_SIZE, async (index, size) => {
    const response = await client.searchOpportunities(
      eventCode,
      query.rows,
      {
        paging: { PageIndex: index, PageSize: size },
        // Direction "1" is descending, most recent first (docs/upstreams/leadsquared.md).
        sorting: {
          ColumnName: query.sortColumn,
          Direction: query.direction === SortDirection.DESC ? '1' : '0',
        },
        columns,
      },
      ctx.call,
    );
    return { items: response.List, total: response.RecordCount };
  });
  const records = page.items.map((row) => mapOpportunity(row, eventCode, config.columns));
  for (const record of records) {
    if (record.details.kind !== 'leadSquared') continue;
    const { prospectActivityId } = record.details;
    ctx.loaders.leadSquaredOpportunity.prime({ eventCode, prospectActivityId, columns }, record);
  }
  return { records, total: page.total };
}
