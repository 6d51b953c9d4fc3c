import type { Context } from '../../../context.js';
import type { OpportunityPage } from '../cache/account-engagement-cache.js';
import type { OpportunityQuery } from '../client.js';

/**
 * One page of the opportunity query as every listing reads it (the connections and the merged
 * stream): from the shared cache for `listingsMs`, else one call shared by identical reads.
 */
export function readOpportunityPage(
  query: OpportunityQuery,
  ctx: Context,
): Promise<OpportunityPage> {
  const { client, cache } = ctx.services.accountEngagement;
  return cache.opportunityPage(query, ctx.call, (call) => client.queryOpportunities(query, call));
}
