import 'reflect-metadata';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { cacheControlDirective } from './common/cache-control.js';
import { declareCosts } from './common/declared-costs.js';
import { declareScopes } from './common/declared-scopes.js';
import { referenceResolvers } from './common/references.js';
import { useSyncTypeResolvers } from './common/sync-type-resolvers.js';
import { RESOLVERS } from './resolvers.js';

/**
 * The Federation 2 features our SDL uses: entities, shareable value types, the scopes a caller
 * needs (2.5) and the cost model of demand control (2.9).
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@requiresScopes", "@cost", "@listSize"])';

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql -> SDL with directives -> Federation 2 subgraph schema. type-graphql keeps its
 * metadata in a process-wide store, so the schema is built once and shared (tests included).
 */
export function buildSubgraph(): Promise<GraphQLSchema> {
  built ??= build();
  return built;
}

async function build(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    directives: [...specifiedDirectives, cacheControlDirective],
    skipCheck: true,
    validate: false,
  });
  const typeDefs = declareCosts(
    declareScopes(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`)),
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  useSyncTypeResolvers(resolvers);
  for (const [typeName, extra] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...extra,
    } as GraphQLResolverMap<unknown>[string];
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
