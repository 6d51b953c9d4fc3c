import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { parseGlobalId } from '../../core/domain/ids.js';
import { BadUserInputError } from '../../core/errors/index.js';
import { loadNode, type NodeRecord } from './load-node.js';
import { Node } from './node.interface.js';

/** More ids than this in one `nodes` call is refused: LeadSquared takes 2,000 per bulk call. */
export const MAX_NODES = 2_000;

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any entity by global id; null when it does not exist, or when its source fails (with an error naming it).',
  })
  node(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null> {
    return loadNode(parseGlobalId(id, 'id'), ctx, info);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Entities by global id, in the order asked, null where one does not exist or where its source fails (then with an error at that element's path naming the source, while the other sources' elements keep their data; at most ${MAX_NODES}).`,
  })
  nodes(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null>[] {
    if (ids.length > MAX_NODES) {
      throw new BadUserInputError('ids', `at most ${MAX_NODES} ids per call`, `${ids.length} ids`);
    }
    // Every id is checked before any is looked up: one bad id fails the field without upstream calls.
    const parsed = ids.map((id, index) => parseGlobalId(id, `ids[${index}]`));
    // An array of promises, not Promise.all: one source failing nulls only its own items, each
    // with an error at its index, and the rest of the list still arrives.
    return parsed.map((id) => loadNode(id, ctx, info));
  }
}
