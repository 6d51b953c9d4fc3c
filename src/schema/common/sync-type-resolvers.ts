import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { GraphQLTypeResolver } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps an interface's `resolveType` in an async function, so graphql-js completes
 * every element of an abstract list (`nodes` of 2,000 ids) through a promise of its own. Our type
 * resolvers are synchronous (the type follows from the id), so the map gets them unwrapped: the
 * same type names, without a promise per element. A resolver that returns a class is mapped to
 * its GraphQL name, as type-graphql does.
 */
export function useSyncTypeResolvers(resolvers: GraphQLResolverMap<unknown>): void {
  const storage = getMetadataStorage();
  const nameOfClass = new Map<unknown, string>(
    storage.objectTypes.map((type) => [type.target, type.name]),
  );
  for (const type of storage.interfaceTypes) {
    const own = type.resolveType as GraphQLTypeResolver<unknown, unknown> | undefined;
    const entry = resolvers[type.name] as Record<string, unknown> | undefined;
    if (!own || !entry) continue;
    const typeName = (resolved: unknown): string | undefined =>
      typeof resolved === 'string' ? resolved : nameOfClass.get(resolved);
    entry.__resolveType = ((value, context, info, abstractType) => {
      const resolved: unknown = own(value, context, info, abstractType);
      return resolved instanceof Promise ? resolved.then(typeName) : typeName(resolved);
    }) satisfies GraphQLTypeResolver<unknown, unknown>;
  }
}
