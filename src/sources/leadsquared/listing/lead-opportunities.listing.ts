import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import type { LeadSquaredLeadDetails } from '../details.js';
import {
  collectMergedPage,
  decodeOptionalCursor,
  expectPositionKind,
  fetchOffsetRange,
  resolveFirst,
  type Connection,
} from '../../../core/pagination/index.js';
import { MAX_PAGE_SIZE } from '../client.js';
import { mapOpportunity } from '../mapper.js';
import { OpportunitySource, SortDirection } from '../../../core/domain/enums.js';
import { mergedOrder } from '../../../core/pagination/merged/merged-order.js';
import { checkStart, readStreams } from '../../../core/pagination/merged/read-streams.js';
import {
  nextOffset,
  offsetStreamPage,
  type MergeStream,
} from '../../../core/pagination/merged/stream.js';
import type { ColumnPlan } from './search-query.js';

/**
 * A lead's opportunities, newest first across every configured event code. GetOpportunitiesOfLead
 * takes one opportunity type per call (docs/upstreams/leadsquared.md#opportunities-of-a-lead), so
 * each event code is a stream: all are asked at once for at most `first` records (and one to tell
 * whether more exist) and merged by createdAt, like the merged listing, and the cursor holds each
 * event code's offset. Finished event codes are not asked again.
 */
export async function listLeadOpportunities(
  lead: LeadSquaredLeadDetails,
  args: { first?: number | null; after?: string | null },
  ctx: Context,
  planColumns: ColumnPlan,
): Promise<Connection<OpportunityRecord>> {
  const first = resolveFirst(args.first);
  const { eventCodes } = ctx.services.leadSquared.config;
  const binding = {
    connection: 'Prospect.opportunities',
    lead: lead.prospectId.toLowerCase(),
    eventCodes,
  };
  const after = decodeOptionalCursor(args.after, binding);
  const start = after === null ? {} : expectPositionKind(after, 'merge').sources;
  const streams = eventCodes.map((eventCode) =>
    leadStream(lead.prospectId, eventCode, ctx, planColumns),
  );
  checkStart(start, streams, args.after);

  const { outcomes, failures } = await readStreams(streams, start, first);
  // One source behind one field: a failure fails the field (partial pages are the merged listing's).
  if (failures.length > 0) throw failures[0]!.error;
  return collectMergedPage({
    streams: streams.map((stream) => stream.spec.name),
    start,
    outcomes,
    first,
    compare: mergedOrder(SortDirection.DESC),
    binding,
    hasPreviousPage: after !== null,
  });
}

function leadStream(
  leadId: string,
  eventCode: number,
  ctx: Context,
  planColumns: ColumnPlan,
): MergeStream {
  const { client, config } = ctx.services.leadSquared;
  const columns = planColumns();
  return {
    spec: {
      name: `lsq:${eventCode}`,
      source: OpportunitySource.LEADSQUARED,
      label: `LeadSquared opportunity type ${eventCode}`,
    },
    positionKind: 'offset',
    async read(position, count) {
      const offset = nextOffset(position);
      // One record more than needed answers "more?": the reference does not say whether this
      // operation's RecordCount counts the lead's opportunities or the page, so it is not trusted.
      const page = await fetchOffsetRange(offset, count + 1, MAX_PAGE_SIZE, async (index, size) => {
        const response = await client.getOpportunitiesOfLead(
          leadId,
          eventCode,
          {
            paging: { PageIndex: index, PageSize: size },
            // Direction "1" is descending, most recent first (docs/upstreams/leadsquared.md).
            sorting: { ColumnName: 'CreatedOn', Direction: '1' },
            columns,
          },
          ctx.call,
        );
        return { items: response.List, total: null };
      });
      const records = page.items.map((row) => mapOpportunity(row, eventCode, config.columns));
      const { items } = offsetStreamPage(records.slice(0, count), offset, count, null);
      return { items, hasMore: records.length > count };
    },
  };
}
