import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type {
  EngagementInvitationRecord,
  EngagementTaskRecord,
} from '../../sources/partner-central/engagement-records.js';
import { parseEngagementTaskId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { Connection } from '../../core/pagination/index.js';
import {
  EngagementInvitationFilter,
  EngagementTaskFilter,
} from '../engagement/engagement.inputs.js';
import {
  PartnerCentralOpportunityFilter,
  PartnerCentralOpportunityOrder,
} from './opportunity.filter.js';
import { listEngagementInvitations } from '../../sources/partner-central/listing/engagement-invitations.listing.js';
import { listEngagementTasks } from '../../sources/partner-central/listing/engagement-tasks.listing.js';
import { listPartnerCentralOpportunities } from '../../sources/partner-central/listing/opportunities.listing.js';
import { loadEngagementTask } from '../engagement/load-engagement-task.js';
import { Catalog, toUpstreamCatalog } from '../common/catalog.enum.js';
import { EngagementInvitationConnection } from '../engagement/engagement-invitation-connection.type.js';
import { EngagementTaskConnection } from '../engagement/engagement-task-connection.type.js';
import { EngagementTaskType } from '../engagement/engagement-task.enums.js';
import { EngagementTask } from '../engagement/engagement-task.type.js';
import { OpportunityConnection } from '../opportunity/opportunity-connection.type.js';
import { ConnectionArgs } from '../common/connection.args.js';

@Resolver()
export class PartnerCentralQueriesResolver {
  @Query(() => OpportunityConnection, {
    nullable: true,
    description:
      'Partner Central opportunities of one catalog (ListOpportunities), newest change first by default. Null when Partner Central fails (the error names it in extensions.source), so the other fields of the request keep their data.',
  })
  async partnerCentralOpportunities(
    @Arg('catalog', () => Catalog) catalog: Catalog,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => PartnerCentralOpportunityFilter, { nullable: true })
    filter: PartnerCentralOpportunityFilter | null,
    @Arg('orderBy', () => PartnerCentralOpportunityOrder, { nullable: true })
    orderBy: PartnerCentralOpportunityOrder | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<OpportunityRecord> & { unavailableSources: [] }> {
    const connection = await listPartnerCentralOpportunities(
      { catalog: toUpstreamCatalog(catalog), first, after, filter, orderBy },
      ctx,
    );
    return { ...connection, unavailableSources: [] };
  }

  @Query(() => EngagementInvitationConnection, {
    nullable: true,
    description:
      'Engagement invitations of one catalog, received ones by default, newest first. Null when Partner Central fails (the error names it in extensions.source), so the other fields of the request keep their data.',
  })
  engagementInvitations(
    @Arg('catalog', () => Catalog) catalog: Catalog,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => EngagementInvitationFilter, { nullable: true })
    filter: EngagementInvitationFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<EngagementInvitationRecord>> {
    return listEngagementInvitations(
      { catalog: toUpstreamCatalog(catalog), first, after, filter },
      ctx,
    );
  }

  @Query(() => EngagementTaskConnection, {
    nullable: true,
    description:
      'Engagement tasks of one catalog and type, newest first by default. Null when Partner Central fails (the error names it in extensions.source), so the other fields of the request keep their data.',
  })
  engagementTasks(
    @Arg('catalog', () => Catalog) catalog: Catalog,
    @Arg('type', () => EngagementTaskType) type: EngagementTaskType,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Arg('filter', () => EngagementTaskFilter, { nullable: true })
    filter: EngagementTaskFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<EngagementTaskRecord>> {
    return listEngagementTasks(
      { catalog: toUpstreamCatalog(catalog), type, first, after, filter },
      ctx,
    );
  }

  @Query(() => EngagementTask, {
    nullable: true,
    description:
      'A task by global id; null when it does not exist, or when Partner Central fails (with an error naming it).',
  })
  engagementTask(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<EngagementTaskRecord | null> {
    return loadEngagementTask(parseEngagementTaskId(id, 'id'), ctx);
  }
}
