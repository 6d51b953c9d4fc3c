import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { LeadSquaredOpportunityDetails } from '../../sources/leadsquared/details.js';
import { LEADSQUARED_OPPORTUNITY_FIELD_COLUMNS as COLUMNS } from '../../sources/leadsquared/columns.js';
import { leadSquaredColumn } from '../../sources/leadsquared/complete-record.js';
import { validateColumnName } from './columns.js';
import { LeadSquaredOpportunity } from './opportunity.type.js';

/** Column-backed LeadSquared fields; a column the first fetch lacked is fetched in one batch. */
@Resolver(() => LeadSquaredOpportunity)
export class LeadSquaredOpportunityResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Owner user id (Owner).' })
  owner(
    @Root() details: LeadSquaredOpportunityDetails,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return leadSquaredColumn(details, COLUMNS.owner!, 'Owner', ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Owner's email (OwnerEmailAddress).",
  })
  ownerEmailAddress(
    @Root() details: LeadSquaredOpportunityDetails,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return leadSquaredColumn(details, COLUMNS.ownerEmailAddress!, 'OwnerEmailAddress', ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Native status: Open, Won or Lost (Status).',
  })
  status(
    @Root() details: LeadSquaredOpportunityDetails,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return leadSquaredColumn(details, COLUMNS.status!, 'Status', ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Opportunity note (OpportunityNote).',
  })
  note(
    @Root() details: LeadSquaredOpportunityDetails,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return leadSquaredColumn(details, COLUMNS.note!, 'OpportunityNote', ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Any opportunity column by schema name (e.g. mx_Custom_4); requested columns are pushed down into Include_CSV.',
  })
  field(
    @Root() details: LeadSquaredOpportunityDetails,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    const column = validateColumnName(name);
    return leadSquaredColumn(details, [column], column, ctx);
  }
}
