import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { OpportunityFilter, OpportunityOrder } from './opportunity.filter.js';
import {
  listOpportunities,
  type MergedConnection,
} from '../../sources/merged/opportunities.listing.js';
import { mergedSelectionOf } from './merged-selection.js';
import { OpportunityConnection } from './opportunity-connection.type.js';
import { ConnectionArgs } from '../common/connection.args.js';

@Resolver()
export class OpportunitiesResolver {
  @Query(() => OpportunityConnection, {
    nullable: true,
    description:
      "Every configured source (Partner Central catalogs, Account Engagement, LeadSquared event codes) in one list, interleaved by createdAt (newest first by default; ties by id). One cursor carries every source's position. When a source fails, the page comes from the others, the source is listed in unavailableSources with an error naming it, and the next page asks it again from where it stood. totalCount is null. The field itself is null only when it cannot be answered at all (every source failing), so the other fields of the request keep their data.",
  })
  opportunities(
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter: OpportunityFilter | null,
    @Arg('orderBy', () => OpportunityOrder, { nullable: true }) orderBy: OpportunityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MergedConnection> {
    return listOpportunities(
      { first, after, filter, orderBy },
      ctx,
      mergedSelectionOf(info, ctx),
      (error) => ctx.partialErrors.push({ error, path: responsePathAsArray(info.path) }),
    );
  }
}
