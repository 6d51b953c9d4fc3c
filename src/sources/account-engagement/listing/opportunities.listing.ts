import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import {
  decodeOptionalCursor,
  offsetConnection,
  offsetWindow,
  resolveFirst,
  type Connection,
} from '../../../core/pagination/index.js';
import type { OpportunityQuery } from '../client.js';
import { mapAccountEngagementOpportunity } from '../mapper.js';
import { readOpportunityPage } from './cached-page.js';
import type { OpportunityFilter, OpportunityOrder } from './opportunity-filter.js';
import { opportunitySelectionOf, type OpportunitySelection } from './opportunity-query.js';

export interface AccountEngagementOpportunitiesArgs {
  first?: number | null;
  after?: string | null;
  filter?: OpportunityFilter | null;
  orderBy?: OpportunityOrder | null;
}

/**
 * `accountEngagementOpportunities`: Relay over the opportunity query's offset/limit
 * (docs/upstreams/account-engagement.md#opportunity-query). Every argument is checked, and the
 * cursor matched to them, before the call; then one query with offset = the cursor's record + 1 and
 * limit = `first` (1..100, under the API's 200) answers the page, its total_results the totalCount.
 * `withProspects`: whether the caller reads the opportunities' prospects (see queryPage).
 */
export async function listAccountEngagementOpportunities(
  args: AccountEngagementOpportunitiesArgs,
  ctx: Context,
  withProspects: boolean,
): Promise<Connection<OpportunityRecord>> {
  const first = resolveFirst(args.first);
  const selection = opportunitySelectionOf(args.filter, args.orderBy);
  const binding = { connection: 'accountEngagementOpportunities', selection };
  const startOffset = offsetWindow(decodeOptionalCursor(args.after, binding));
  return queryPage(selection, binding, startOffset, first, ctx, withProspects);
}

/**
 * One page of `selection` from `startOffset`: a single query call, or the shared cache. `full`
 * output when the caller reads the opportunities' prospects (`withProspects`, so they come in the
 * same call), `simple` otherwise. The records are primed into the by-id loader.
 */
export async function queryPage(
  selection: OpportunitySelection,
  binding: unknown,
  startOffset: number,
  first: number,
  ctx: Context,
  withProspects: boolean,
): Promise<Connection<OpportunityRecord>> {
  const query: OpportunityQuery = {
    ...selection,
    offset: startOffset,
    limit: first,
    output: withProspects ? 'full' : 'simple',
  };
  const page = await readOpportunityPage(query, ctx);
  const records = page.opportunities.map(mapAccountEngagementOpportunity);
  for (const record of records) primeAccountEngagementOpportunity(ctx, record, withProspects);
  return offsetConnection({ records, startOffset, totalCount: page.total, binding, first });
}

/**
 * Puts a record into the request's by-id loader, replacing what it held (a write changes the
 * record): under the `simple` key always, and under the key that needs prospects when the record
 * was fetched with `full` output (prospects with every field), else that entry is dropped.
 */
export function primeAccountEngagementOpportunity(
  ctx: Context,
  record: OpportunityRecord,
  withFullProspects: boolean,
): void {
  const details = record.details;
  if (details.kind !== 'accountEngagement') return;
  const loader = ctx.loaders.accountEngagementOpportunity;
  const opportunityId = details.opportunityId;
  const simple = { opportunityId, withProspects: false };
  loader.clear(simple).prime(simple, record);
  const full = { opportunityId, withProspects: true };
  loader.clear(full);
  if (withFullProspects && details.prospects !== null) loader.prime(full, record);
}
