import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { GlobalIdKind, GlobalIdOf } from '../../core/domain/ids.js';
import { ACCOUNT_ENGAGEMENT_LOOKUPS } from '../account-engagement/lookups.js';
import { LEADSQUARED_LOOKUPS } from '../leadsquared/lookups.js';
import { PARTNER_CENTRAL_LOOKUPS } from '../partner-central/lookups.js';
import type { Lookups, RecordOfKind } from './lookup.js';

/**
 * Every id kind's look-up. `node`, `nodes`, `opportunity`, `prospect`, `engagementTask` and
 * federation's `_entities` all end here, so they share the request's loaders and batch together.
 * The mapped type makes a kind without a look-up a compile error.
 */
const LOOKUPS: Lookups<GlobalIdKind> = {
  ...LEADSQUARED_LOOKUPS,
  ...PARTNER_CENTRAL_LOOKUPS,
  ...ACCOUNT_ENGAGEMENT_LOOKUPS,
};

export function lookUp<K extends GlobalIdKind>(
  id: GlobalIdOf<K>,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<RecordOfKind<K> | null> {
  // TypeScript cannot correlate `id.kind` with the entry it selects; the table's type does.
  const lookup = LOOKUPS[id.kind] as Lookups<K>[K];
  return lookup(id as never, ctx, info);
}
