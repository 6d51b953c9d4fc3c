import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseProspectId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import type { LeadSquaredLeadDetails } from '../../sources/leadsquared/details.js';
import { assertNever } from '../../core/errors/index.js';
import type { Connection } from '../../core/pagination/index.js';
import { listProspectOpportunities } from '../../sources/account-engagement/listing/prospect-opportunities.listing.js';
import { listLeadOpportunities } from '../../sources/leadsquared/listing/lead-opportunities.listing.js';
import { withAccountEngagementFields } from '../../sources/account-engagement/complete-record.js';
import { loadProspect } from './load-prospect.js';
import {
  accountEngagementProspectKeys,
  selectsOpportunityProspects,
} from '../account-engagement/selection.js';
import { AccountEngagementProspect } from '../account-engagement/prospect.type.js';
import { LeadSquaredLead } from '../leadsquared/lead.type.js';
import { leadSquaredOpportunityColumns } from '../leadsquared/columns.js';
import { OpportunityConnection } from '../opportunity/opportunity-connection.type.js';
import { Prospect } from './prospect.type.js';
import { DateTime } from '../common/scalars.js';
import { prospectView, type AccountEngagementProspectView } from '../account-engagement/views.js';
import { ConnectionArgs } from '../common/connection.args.js';

@Resolver(() => Prospect)
export class ProspectResolver {
  @Query(() => Prospect, {
    nullable: true,
    description:
      'A prospect or lead by global id; null when it does not exist, or when its source fails (with an error naming it).',
  })
  prospect(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProspectRecord | null> {
    return loadProspect(parseProspectId(id, 'id'), ctx, info);
  }

  @FieldResolver(() => LeadSquaredLead, {
    nullable: true,
    description: 'Non-null only for LEADSQUARED.',
  })
  leadSquared(@Root() record: ProspectRecord): LeadSquaredLeadDetails | null {
    return record.details.kind === 'leadSquared' ? record.details : null;
  }

  @FieldResolver(() => AccountEngagementProspect, {
    nullable: true,
    description: 'Non-null only for ACCOUNT_ENGAGEMENT.',
  })
  async accountEngagement(
    @Root() record: ProspectRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccountEngagementProspectView | null> {
    if (record.details.kind !== 'accountEngagement') return null;
    const complete = await withAccountEngagementFields(
      record,
      accountEngagementProspectKeys(info),
      ctx,
    );
    return complete.details.kind === 'accountEngagement' ? prospectView(complete.details) : null;
  }

  @FieldResolver(() => DateTime, { nullable: true })
  async createdAt(@Root() record: ProspectRecord, @Ctx() ctx: Context): Promise<string | null> {
    // Account Engagement prospects nested in `simple` output come without their timestamps.
    return (await withAccountEngagementFields(record, ['created_at'], ctx)).createdAt;
  }

  @FieldResolver(() => DateTime, { nullable: true })
  async lastModifiedAt(
    @Root() record: ProspectRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return (await withAccountEngagementFields(record, ['updated_at'], ctx)).lastModifiedAt;
  }

  @FieldResolver(() => OpportunityConnection, {
    nullable: true,
    description:
      "The prospect's opportunities (Account Engagement: newest first; LeadSquared: every configured event code merged, newest first). Null when the source fails (with an error naming it), so the prospect and its neighbours in a list keep their data.",
  })
  async opportunities(
    @Root() record: ProspectRecord,
    @Args(() => ConnectionArgs) { first, after }: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OpportunityRecord> & { unavailableSources: [] }> {
    const details = record.details;
    switch (details.kind) {
      case 'leadSquared':
        return {
          ...(await listLeadOpportunities(details, { first, after }, ctx, () =>
            leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
          )),
          unavailableSources: [],
        };
      case 'accountEngagement':
        return {
          ...(await listProspectOpportunities(
            details,
            { first, after },
            ctx,
            selectsOpportunityProspects(info),
          )),
          unavailableSources: [],
        };
      default:
        return assertNever(details, 'prospect details');
    }
  }
}
