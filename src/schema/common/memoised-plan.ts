import type { GraphQLResolveInfo } from 'graphql';

/**
 * `_entities` with 2,000 representations, or a list of 2,000 edges, asks for the same selection
 * plan 2,000 times. A plan depends on the merged field nodes and the request's variables only, so
 * it is cached per (variables object, fieldNodes array, kind). graphql-js hands every item of a
 * list the same fieldNodes array, while a field reached through a shared fragment plus extra
 * selections gets its own array, so no plan is shared between selections that differ. Apollo reuses
 * parsed documents across requests, but each request has its own variables object, so plans never
 * leak between requests either.
 */
const plans = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

export function memoisedPlan<T>(info: GraphQLResolveInfo, kind: string, plan: () => T): T {
  let byFields = plans.get(info.variableValues);
  if (!byFields) {
    byFields = new WeakMap();
    plans.set(info.variableValues, byFields);
  }
  let byKind = byFields.get(info.fieldNodes);
  if (!byKind) {
    byKind = new Map();
    byFields.set(info.fieldNodes, byKind);
  }
  if (!byKind.has(kind)) byKind.set(kind, plan());
  return byKind.get(kind) as T;
}
