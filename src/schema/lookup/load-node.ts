import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { GlobalId } from '../../domain/ids.js';
import type { OpportunityRecord } from '../../domain/opportunity.js';
import type { ProspectRecord } from '../../domain/prospect.js';
import { assertNever } from '../../errors/index.js';
import { loadOpportunity } from './load-opportunity.js';
import { loadProspect } from './load-prospect.js';
import { sourceNotServed } from './unsupported-source.js';

export type NodeRecord = OpportunityRecord | ProspectRecord;

export function loadNode(
  id: GlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<NodeRecord | null> {
  switch (id.kind) {
    case 'lsq-opportunity':
    case 'pc-opportunity':
    case 'ae-opportunity':
      return loadOpportunity(id, ctx, info);
    case 'lsq-lead':
    case 'ae-prospect':
      return loadProspect(id, ctx, info);
    case 'pc-accept-task':
    case 'pc-prospecting-task':
    case 'pc-invitation':
      return Promise.reject(sourceNotServed(id));
    default:
      return assertNever(id, 'global id kind');
  }
}
