import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import {
  parseEngagementTaskId,
  parseOpportunityId,
  parseProspectId,
} from '../../core/domain/ids.js';
import { loadEngagementTask } from '../engagement/load-engagement-task.js';
import { loadOpportunity } from '../opportunity/load-opportunity.js';
import { loadProspect } from '../prospect/load-prospect.js';

interface Reference {
  id: string;
}

/**
 * `_entities` resolvers. Each goes through the request's loaders, so a gateway asking for 2,000
 * references in one `_entities` call costs one upstream call per source, not 2,000 (the N+1 trap
 * of resolvers that scan arrays, docs/architecture.md#rules-of-the-house).
 *
 * They are async on purpose: @apollo/subgraph calls them inside one `map` over the
 * representations, so a synchronous throw (a malformed id) would fail the whole `_entities` field
 * and every other reference with it. As a rejected promise it fails that entity only.
 */
export const referenceResolvers = {
  Opportunity: {
    __resolveReference: async (reference: Reference, ctx: Context, info: GraphQLResolveInfo) =>
      loadOpportunity(parseOpportunityId(reference.id, 'representations.id'), ctx, info),
  },
  Prospect: {
    __resolveReference: async (reference: Reference, ctx: Context, info: GraphQLResolveInfo) =>
      loadProspect(parseProspectId(reference.id, 'representations.id'), ctx, info),
  },
  EngagementTask: {
    __resolveReference: async (reference: Reference, ctx: Context) =>
      loadEngagementTask(parseEngagementTaskId(reference.id, 'representations.id'), ctx),
  },
};
