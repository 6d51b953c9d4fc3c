import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { parseOpportunityId, parseProspectId } from '../../domain/ids.js';
import { loadOpportunity } from '../lookup/load-opportunity.js';
import { loadProspect } from '../lookup/load-prospect.js';

interface Reference {
  id: string;
}

/**
 * `_entities` resolvers. Each goes through the request's loaders, so a gateway asking for 2,000
 * references in one `_entities` call costs one upstream call per source, not 2,000 (the N+1 trap
 * of resolvers that scan arrays, architecture.md "Traps").
 */
export const referenceResolvers = {
  Opportunity: {
    __resolveReference: (reference: Reference, ctx: Context, info: GraphQLResolveInfo) =>
      loadOpportunity(parseOpportunityId(reference.id, 'representations.id'), ctx, info),
  },
  Prospect: {
    __resolveReference: (reference: Reference, ctx: Context, info: GraphQLResolveInfo) =>
      loadProspect(parseProspectId(reference.id, 'representations.id'), ctx, info),
  },
};
