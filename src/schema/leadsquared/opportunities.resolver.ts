import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { Connection } from '../../core/pagination/index.js';
import { leadSquaredOpportunityColumns } from './columns.js';
import { LeadSquaredOpportunityFilter, LeadSquaredOpportunityOrder } from './opportunity.filter.js';
import { listLeadSquaredOpportunities } from '../../sources/leadsquared/listing/opportunities.listing.js';
import { OpportunityConnection } from '../opportunity/opportunity-connection.type.js';
import { ConnectionArgs } from '../common/connection.args.js';

@Resolver()
export class LeadSquaredOpportunitiesResolver {
  @Query(() => OpportunityConnection, {
    nullable: true,
    description:
      'LeadSquared opportunities of one type (event code), newest first unless ordered otherwise. Null when LeadSquared fails (the error names it in extensions.source), so the other fields of the request keep their data.',
  })
  async leadSquaredOpportunities(
    @Arg('eventCode', () => Int) eventCode: number,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => LeadSquaredOpportunityFilter, { nullable: true })
    filter: LeadSquaredOpportunityFilter | null,
    @Arg('orderBy', () => LeadSquaredOpportunityOrder, { nullable: true })
    orderBy: LeadSquaredOpportunityOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OpportunityRecord> & { unavailableSources: [] }> {
    const connection = await listLeadSquaredOpportunities(
      { eventCode, first, after, filter, orderBy },
      ctx,
      () => leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
    );
    return { ...connection, unavailableSources: [] };
  }
}
