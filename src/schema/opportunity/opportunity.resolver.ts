import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseOpportunityId } from '../../core/domain/ids.js';
import { toScaledMoney } from '../../core/domain/money.js';
import type { Money, OpportunityRecord } from '../../core/domain/opportunity.js';
import type { AccountEngagementOpportunityDetails } from '../../sources/account-engagement/details.js';
import type { LeadSquaredOpportunityDetails } from '../../sources/leadsquared/details.js';
import type { PartnerCentralOpportunityDetails } from '../../sources/partner-central/details.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { assertNever } from '../../core/errors/index.js';
import { opportunityFieldColumns } from '../../sources/leadsquared/columns.js';
import type { ColumnMap } from '../../sources/leadsquared/mapper.js';
import { accountEngagementProspects } from '../../sources/account-engagement/complete-record.js';
import { withLeadSquaredColumns } from '../../sources/leadsquared/complete-record.js';
import { loadOpportunity } from './load-opportunity.js';
import { leadSquaredLeadColumns } from '../leadsquared/columns.js';
import { AccountEngagementOpportunity } from '../account-engagement/opportunity.type.js';
import { LeadSquaredOpportunity } from '../leadsquared/opportunity.type.js';
import { Money as MoneyType } from '../common/money.type.js';
import { Opportunity } from './opportunity.type.js';
import { PartnerCentralOpportunity } from '../partner-central/opportunity.type.js';
import { Prospect } from '../prospect/prospect.type.js';
import { DateTime } from '../common/scalars.js';
import {
  opportunityView,
  type AccountEngagementOpportunityView,
} from '../account-engagement/views.js';

type ColumnBackedField = 'name' | 'stage' | 'amount' | 'createdAt' | 'lastModifiedAt';

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => Opportunity, {
    nullable: true,
    description:
      'An opportunity by global id; null when it does not exist, or when its source fails (with an error naming it).',
  })
  opportunity(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OpportunityRecord | null> {
    return loadOpportunity(parseOpportunityId(id, 'id'), ctx, info);
  }

  @FieldResolver(() => String, { nullable: true })
  name(@Root() record: OpportunityRecord, @Ctx() ctx: Context): Awaitable<string | null> {
    return this.#read(record, 'name', ctx, (done) => done.name);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Upstream stage or status label, unchanged.',
  })
  stage(@Root() record: OpportunityRecord, @Ctx() ctx: Context): Awaitable<string | null> {
    return this.#read(record, 'stage', ctx, (done) => done.stage);
  }

  @FieldResolver(() => MoneyType, {
    nullable: true,
    description:
      'PC: first ExpectedCustomerSpend; AE: value; LSQ: the amount column, when set (and a decimal); always with two decimal places.',
  })
  amount(@Root() record: OpportunityRecord, @Ctx() ctx: Context): Awaitable<Money | null> {
    return this.#read(record, 'amount', ctx, (done) => toScaledMoney(done.amount));
  }

  @FieldResolver(() => DateTime, { nullable: true })
  createdAt(@Root() record: OpportunityRecord, @Ctx() ctx: Context): Awaitable<string | null> {
    return this.#read(record, 'createdAt', ctx, (done) => done.createdAt);
  }

  @FieldResolver(() => DateTime, { nullable: true })
  lastModifiedAt(@Root() record: OpportunityRecord, @Ctx() ctx: Context): Awaitable<string | null> {
    return this.#read(record, 'lastModifiedAt', ctx, (done) => done.lastModifiedAt);
  }

  @FieldResolver(() => [Prospect], {
    nullable: true,
    description:
      "AE: associated prospects; LSQ: the related lead; PC: []. Null when the prospect's source fails (with an error naming it), so the opportunity and its neighbours in a list keep their data.",
  })
  async prospects(
    @Root() record: OpportunityRecord,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProspectRecord[]> {
    const details = record.details;
    switch (details.kind) {
      case 'leadSquared': {
        if (!details.prospectId) return [];
        const lead = await ctx.loaders.leadSquaredLead.load({
          prospectId: details.prospectId,
          columns: leadSquaredLeadColumns(info),
        });
        return lead ? [lead] : [];
      }
      case 'partnerCentral':
        // Partner Central opportunities carry customers and contacts, not prospects (docs/sources.md).
        return [];
      case 'accountEngagement':
        return accountEngagementProspects(record, ctx);
      default:
        return assertNever(details, 'opportunity details');
    }
  }

  @FieldResolver(() => LeadSquaredOpportunity, {
    nullable: true,
    description: 'Non-null only for LEADSQUARED.',
  })
  leadSquared(@Root() record: OpportunityRecord): LeadSquaredOpportunityDetails | null {
    return record.details.kind === 'leadSquared' ? record.details : null;
  }

  @FieldResolver(() => AccountEngagementOpportunity, {
    nullable: true,
    description: 'Non-null only for ACCOUNT_ENGAGEMENT.',
  })
  accountEngagement(@Root() record: OpportunityRecord): AccountEngagementOpportunityView | null {
    const details: AccountEngagementOpportunityDetails | null =
      record.details.kind === 'accountEngagement' ? record.details : null;
    return details && opportunityView(record, details);
  }

  @FieldResolver(() => PartnerCentralOpportunity, {
    nullable: true,
    description: 'Non-null only for PARTNER_CENTRAL.',
  })
  partnerCentral(@Root() record: OpportunityRecord): PartnerCentralOpportunityDetails | null {
    return record.details.kind === 'partnerCentral' ? record.details : null;
  }

  /**
   * `read` of the record once it carries the field's LeadSquared columns. Synchronous when it
   * already does (every record but a LeadSquared one that arrived without the column): a promise
   * per field of every record in a 2,000-item list costs more than the field itself.
   */
  #read<T>(
    record: OpportunityRecord,
    field: ColumnBackedField,
    ctx: Context,
    read: (complete: OpportunityRecord) => T,
  ): Awaitable<T> {
    const details = record.details;
    if (details.kind !== 'leadSquared') return read(record);
    const needed = fieldColumns(ctx.services.leadSquared.config.columns)[field] ?? [];
    if (needed.every((column) => column in details.columns)) return read(record);
    return withLeadSquaredColumns(record, needed, ctx).then(read);
  }
}

type Awaitable<T> = T | Promise<T>;

/** opportunityFieldColumns per column map, built once rather than per field of every record. */
const columnsByMap = new WeakMap<ColumnMap, ReturnType<typeof opportunityFieldColumns>>();
function fieldColumns(columns: ColumnMap): ReturnType<typeof opportunityFieldColumns> {
  let known = columnsByMap.get(columns);
  if (!known) columnsByMap.set(columns, (known = opportunityFieldColumns(columns)));
  return known;
}
