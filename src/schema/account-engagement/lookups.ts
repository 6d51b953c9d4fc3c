import type { Lookups } from '../common/lookup.js';
import { selectsOpportunityProspects } from './selection.js';

/** Account Engagement ids by their loaders. */
export const ACCOUNT_ENGAGEMENT_LOOKUPS: Lookups<'ae-opportunity' | 'ae-prospect'> = {
  // `full` output (prospects included) only when the query selects the prospects.
  'ae-opportunity': (id, ctx, info) =>
    ctx.loaders.accountEngagementOpportunity.load({
      opportunityId: id.opportunityId,
      withProspects: selectsOpportunityProspects(info),
    }),
  'ae-prospect': (id, ctx) => ctx.loaders.accountEngagementProspect.load(id.prospectId),
};
