import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { LeadSquaredLeadDetails } from '../../sources/leadsquared/details.js';
import { validateColumnName } from './columns.js';
import { LeadSquaredLead } from './lead.type.js';

/** Lead columns; DEFAULT_LEAD_COLUMNS are always fetched, `field(name:)` ones on request. */
@Resolver(() => LeadSquaredLead)
export class LeadSquaredLeadResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Phone.' })
  phone(@Root() lead: LeadSquaredLeadDetails): string | null {
    return lead.columns.Phone ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Lead stage (ProspectStage).' })
  stage(@Root() lead: LeadSquaredLeadDetails): string | null {
    return lead.columns.ProspectStage ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Owner user id (OwnerId).' })
  ownerId(@Root() lead: LeadSquaredLeadDetails): string | null {
    return lead.columns.OwnerId ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Lead source (Source).' })
  leadSource(@Root() lead: LeadSquaredLeadDetails): string | null {
    return lead.columns.Source ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Any lead column by schema name, e.g. mx_City.',
  })
  async field(
    @Root() lead: LeadSquaredLeadDetails,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    const column = validateColumnName(name);
    if (column in lead.columns) return lead.columns[column] ?? null;
    const fresh = await ctx.loaders.leadSquaredLead.load({
      prospectId: lead.prospectId,
      columns: [column],
    });
    return fresh?.details.kind === 'leadSquared' ? (fresh.details.columns[column] ?? null) : null;
  }
}
