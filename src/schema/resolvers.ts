import { EngagementInvitationResolver } from './engagement/engagement-invitation.resolver.js';
import { EngagementTaskResolver } from './engagement/engagement-task.resolver.js';
import { LeadSquaredLeadResolver } from './leadsquared/lead.resolver.js';
import { LeadSquaredOpportunitiesResolver } from './leadsquared/opportunities.resolver.js';
import { LeadSquaredOpportunityResolver } from './leadsquared/opportunity.resolver.js';
import { NodeResolver } from './common/node.resolver.js';
import { OpportunitiesResolver } from './opportunity/opportunities.resolver.js';
import { OpportunityResolver } from './opportunity/opportunity.resolver.js';
import { PARTNER_CENTRAL_OPPORTUNITY_RESOLVERS } from './partner-central/opportunity.resolver.js';
import { PartnerCentralMutationsResolver } from './engagement/engagement-mutations.resolver.js';
import { PartnerCentralQueriesResolver } from './partner-central/queries.resolver.js';
import { ProspectResolver } from './prospect/prospect.resolver.js';
// Last, so that the printed schema keeps the order it had before Account Engagement.
import { AccountEngagementMutationsResolver } from './account-engagement/mutations.resolver.js';
import { AccountEngagementProspectResolver } from './account-engagement/prospect.resolver.js';
import { AccountEngagementQueriesResolver } from './account-engagement/queries.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  OpportunityResolver,
  LeadSquaredOpportunityResolver,
  LeadSquaredOpportunitiesResolver,
  ProspectResolver,
  LeadSquaredLeadResolver,
  ...PARTNER_CENTRAL_OPPORTUNITY_RESOLVERS,
  EngagementInvitationResolver,
  EngagementTaskResolver,
  PartnerCentralQueriesResolver,
  PartnerCentralMutationsResolver,
  AccountEngagementProspectResolver,
  AccountEngagementQueriesResolver,
  AccountEngagementMutationsResolver,
  OpportunitiesResolver,
] as const;
