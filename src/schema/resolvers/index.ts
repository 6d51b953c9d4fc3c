import { LeadSquaredLeadResolver } from './leadsquared-lead.resolver.js';
import { LeadSquaredOpportunitiesResolver } from './leadsquared-opportunities.resolver.js';
import { LeadSquaredOpportunityResolver } from './leadsquared-opportunity.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { OpportunityResolver } from './opportunity.resolver.js';
import { ProspectResolver } from './prospect.resolver.js';

export const RESOLVERS = [
  NodeResolver,
  OpportunityResolver,
  LeadSquaredOpportunityResolver,
  LeadSquaredOpportunitiesResolver,
  ProspectResolver,
  LeadSquaredLeadResolver,
] as const;
