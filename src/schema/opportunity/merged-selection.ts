import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { MergedSelection } from '../../sources/merged/opportunities.listing.js';
import { selectsOpportunityProspects } from '../account-engagement/selection.js';
import { leadSquaredOpportunityColumns } from '../leadsquared/columns.js';

/**
 * What each source of the merged listing must fetch up front for this query, worked out from the
 * selection set here because source modules know no GraphQL: LeadSquared's columns, and whether
 * Account Engagement must ask for its prospects. Sources missing here fetch what they always do.
 */
export function mergedSelectionOf(info: GraphQLResolveInfo, ctx: Context): MergedSelection {
  return {
    accountEngagement: selectsOpportunityProspects(info),
    leadSquared: leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
  };
}
