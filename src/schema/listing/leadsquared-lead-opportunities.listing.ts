import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../domain/opportunity.js';
import type { LeadSquaredLeadDetails } from '../../domain/prospect.js';
import {
  buildConnection,
  decodeOptionalCursor,
  expectPositionKind,
  fetchOffsetRange,
  resolveFirst,
  type Connection,
  type PositionedItem,
} from '../../pagination/index.js';
import { MAX_PAGE_SIZE } from '../../sources/leadsquared/client.js';
import { mapOpportunity } from '../../sources/leadsquared/mapper.js';
import { leadSquaredOpportunityColumns } from '../selection/leadsquared-columns.js';

/**
 * A lead's opportunities. GetOpportunitiesOfLead needs one opportunity type per call (reference
 * §6.2), so the connection walks the configured event codes one after another, each newest first:
 * the cursor holds the event code's index and the offset inside it. It reads one record past the
 * page to answer hasNextPage without trusting counts.
 */
export async function listLeadOpportunities(
  lead: LeadSquaredLeadDetails,
  args: { first?: number | null; after?: string | null },
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<Connection<OpportunityRecord>> {
  const { client, config } = ctx.services.leadSquared;
  const first = resolveFirst(args.first);
  const eventCodes = config.eventCodes;
  const binding = {
    connection: 'Prospect.opportunities',
    lead: lead.prospectId.toLowerCase(),
    eventCodes,
  };
  const after = decodeOptionalCursor(args.after, binding);
  const position = after && expectPositionKind(after, 'segmented');
  const columns = leadSquaredOpportunityColumns(info, config);

  const items: PositionedItem<OpportunityRecord>[] = [];
  let segment = position?.segment ?? 0;
  let offset = position ? position.offset + 1 : 0;
  while (segment < eventCodes.length && items.length <= first) {
    const eventCode = eventCodes[segment]!;
    const wanted = first + 1 - items.length;
    const { items: rows } = await fetchOffsetRange(
      offset,
      wanted,
      MAX_PAGE_SIZE,
      async (pageIndex, pageSize) => {
        const response = await client.getOpportunitiesOfLead(
          lead.prospectId,
          eventCode,
          {
            paging: { PageIndex: pageIndex, PageSize: pageSize },
            sorting: { ColumnName: 'CreatedOn', Direction: '1' },
            columns,
          },
          ctx.call,
        );
        return { items: response.List, total: response.RecordCount };
      },
    );
    rows.forEach((row, index) =>
      items.push({
        node: mapOpportunity(row, eventCode, config.columns),
        position: { kind: 'segmented', segment, offset: offset + index },
      }),
    );
    if (rows.length < wanted) {
      segment += 1;
      offset = 0;
    } else {
      offset += rows.length;
    }
  }
  return buildConnection(items.slice(0, first), {
    hasNextPage: items.length > first,
    hasPreviousPage: position !== null,
    totalCount: null,
    binding,
  });
}
