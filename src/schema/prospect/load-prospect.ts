import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { ProspectGlobalId } from '../../core/domain/ids.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { lookUp } from '../common/lookups.js';

/** Every way to a prospect by id ends here, so look-ups batch per request. */
export function loadProspect(
  id: ProspectGlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<ProspectRecord | null> {
  return lookUp(id, ctx, info);
}
