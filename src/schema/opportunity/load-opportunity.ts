import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { OpportunityGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { lookUp } from '../common/lookups.js';

/**
 * Every way to an opportunity by id (`node`, `nodes`, `opportunity`, `_entities`) ends here, so
 * they all share the request's loaders and batch together.
 */
export function loadOpportunity(
  id: OpportunityGlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<OpportunityRecord | null> {
  return lookUp(id, ctx, info);
}
