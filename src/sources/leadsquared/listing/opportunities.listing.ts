import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import { BadUserInputError } from '../../../core/errors/index.js';
import {
  decodeOptionalCursor,
  offsetConnection,
  offsetWindow,
  resolveFirst,
  type Connection,
} from '../../../core/pagination/index.js';
import { SortDirection } from '../../../core/domain/enums.js';
import {
  LeadSquaredOpportunitySortField,
  SORT_COLUMNS,
  type ColumnPlan,
  type LeadSquaredSearchFilter,
  type LeadSquaredSearchOrder,
} from './search-query.js';
import { leadSquaredSearchRows } from './search-rows.js';
import { fetchLeadSquaredWindow } from './window.js';

export interface LeadSquaredOpportunitiesArgs {
  eventCode: number;
  first?: number | null;
  after?: string | null;
  filter?: LeadSquaredSearchFilter | null;
  orderBy?: LeadSquaredSearchOrder | null;
}

const MAX_EVENT_CODE = 99_999_999;

/**
 * `leadSquaredOpportunities`: a Relay connection over Retrieve/BySearchParameter pages. Every
 * argument is checked (and the cursor matched to them) before the first call; the pages that cover
 * the window are planned so a walk with constant `first` costs one call per page.
 */
export async function listLeadSquaredOpportunities(
  args: LeadSquaredOpportunitiesArgs,
  ctx: Context,
  planColumns: ColumnPlan,
): Promise<Connection<OpportunityRecord>> {
  const { config } = ctx.services.leadSquared;
  const { eventCode } = args;
  if (!Number.isInteger(eventCode) || eventCode < 1 || eventCode > MAX_EVENT_CODE) {
    throw new BadUserInputError(
      'eventCode',
      `must be an opportunity type code from 1 to ${MAX_EVENT_CODE}`,
      eventCode,
    );
  }
  // An unconfigured type would be read (and answer nothing), or hide a typo: refuse it first.
  if (!config.eventCodes.includes(eventCode)) {
    throw new BadUserInputError(
      'eventCode',
      `must be a configured LeadSquared opportunity type (event code): one of ${config.eventCodes.join(', ')}`,
      eventCode,
    );
  }
  const first = resolveFirst(args.first);
  const rows = leadSquaredSearchRows(args.filter);
  const order = {
    field: args.orderBy?.field ?? LeadSquaredOpportunitySortField.CREATED_ON,
    direction: args.orderBy?.direction ?? SortDirection.DESC,
  };
  const binding = { connection: 'leadSquaredOpportunities', eventCode, rows, order };
  const startOffset = offsetWindow(decodeOptionalCursor(args.after, binding));
  const columns = planColumns();

  const { records, total } = await fetchLeadSquaredWindow(
    {
      eventCode,
      rows,
      sortColumn: SORT_COLUMNS[order.field],
      direction: order.direction,
      columns,
    },
    startOffset,
    first,
    ctx,
  );
  return offsetConnection({ records, startOffset, totalCount: total, binding, first });
}
