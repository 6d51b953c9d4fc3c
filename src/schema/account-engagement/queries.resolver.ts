import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { Connection } from '../../core/pagination/index.js';
import {
  AccountEngagementOpportunityFilter,
  AccountEngagementOpportunityOrder,
} from './opportunity.filter.js';
import { listAccountEngagementOpportunities } from '../../sources/account-engagement/listing/opportunities.listing.js';
import { OpportunityConnection } from '../opportunity/opportunity-connection.type.js';
import { selectsOpportunityProspects } from './selection.js';
import { ConnectionArgs } from '../common/connection.args.js';

@Resolver()
export class AccountEngagementQueriesResolver {
  @Query(() => OpportunityConnection, {
    nullable: true,
    description:
      "Account Engagement opportunities (the opportunity query), newest first by default. Deleted opportunities are left out; totalCount is the API's total_results. Null when Account Engagement fails (the error names it in extensions.source), so the other fields of the request keep their data.",
  })
  async accountEngagementOpportunities(
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => AccountEngagementOpportunityFilter, { nullable: true })
    filter: AccountEngagementOpportunityFilter | null,
    @Arg('orderBy', () => AccountEngagementOpportunityOrder, { nullable: true })
    orderBy: AccountEngagementOpportunityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OpportunityRecord> & { unavailableSources: [] }> {
    const connection = await listAccountEngagementOpportunities(
      { first, after, filter, orderBy },
      ctx,
      selectsOpportunityProspects(info),
    );
    return { ...connection, unavailableSources: [] };
  }
}
