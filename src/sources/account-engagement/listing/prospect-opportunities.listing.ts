import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import type { AccountEngagementProspectDetails } from '../details.js';
import {
  decodeOptionalCursor,
  offsetWindow,
  resolveFirst,
  type Connection,
} from '../../../core/pagination/index.js';
import type { OpportunitySelection } from './opportunity-query.js';
import { queryPage } from './opportunities.listing.js';

/**
 * `Prospect.opportunities` of an Account Engagement prospect: the opportunity query with
 * `prospect_id`, newest first (the API's default order, sent explicitly), over offset/limit;
 * `full` output when the caller reads the opportunities' prospects (`withProspects`).
 */
export function listProspectOpportunities(
  prospect: AccountEngagementProspectDetails,
  args: { first?: number | null; after?: string | null },
  ctx: Context,
  withProspects: boolean,
): Promise<Connection<OpportunityRecord>> {
  const first = resolveFirst(args.first);
  const selection: OpportunitySelection = {
    prospectId: prospect.prospectId,
    sortBy: 'created_at',
    sortOrder: 'descending',
  };
  const binding = { connection: 'Prospect.opportunities', selection };
  const startOffset = offsetWindow(decodeOptionalCursor(args.after, binding));
  return queryPage(selection, binding, startOffset, first, ctx, withProspects);
}
