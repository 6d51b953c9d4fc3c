import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { GlobalId } from '../../core/domain/ids.js';
import type { NodeRecord } from './lookup.js';
import { lookUp } from './lookups.js';

export type { NodeRecord } from './lookup.js';

/** `node` and `nodes`: any kind of id, through the same look-ups as every other path by id. */
export function loadNode(
  id: GlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<NodeRecord | null> {
  return lookUp(id, ctx, info);
}
