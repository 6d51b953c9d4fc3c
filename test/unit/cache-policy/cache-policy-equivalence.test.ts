/**
 * Our cache policy (src/server/cache-policy) replaces Apollo Server's cache control plugin for
 * speed; it must compute the same Cache-Control header. Each operation runs through two servers
 * on the same schema, one with Apollo's plugin and one with ours, and the headers must be equal.
 * The schema exercises every rule: type and field hints, inheritMaxAge on types and fields, the
 * default on composite and root fields, interfaces resolved at run time, empty lists, null
 * parents, a throwing resolver, mutations and `_entities` with differently hinted entity types.
 */
import { describe, expect, it } from '@jest/globals';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { cachePolicyPlugin } from '../../../src/server/cache-policy/cache-policy.plugin.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key"])
  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  interface Thing @cacheControl(scope: PRIVATE) {
    id: ID!
  }
  type Slow implements Thing @key(fields: "id") @cacheControl(maxAge: 120) {
    id: ID!
    note: String @cacheControl(maxAge: 40)
    child: Fast
    inherited: Fast @cacheControl(inheritMaxAge: true)
  }
  type Fast implements Thing @key(fields: "id") @cacheControl(maxAge: 5, scope: PUBLIC) {
    id: ID!
    free: Plain
  }
  type Plain {
    text: String
    secret: String @cacheControl(scope: PRIVATE)
    never: String @cacheControl(maxAge: 0)
  }
  type Inherits @cacheControl(inheritMaxAge: true) {
    text: String
  }
  type Query {
    slow: Slow
    fast: Fast
    plain: Plain
    plainHinted: Plain @cacheControl(maxAge: 300)
    inherits: Inherits
    things(kinds: [String!]!): [Thing!]!
    none: [Slow!]!
    missing: Slow
    version: String
    pinned: String @cacheControl(maxAge: 10)
    broken: Plain
  }
  type Mutation {
    touch: Slow
  }
`);

const slow = { id: 's1', note: 'n', child: { id: 'f1', free: { text: 't' } } };
const resolvers = {
  Query: {
    slow: () => ({ ...slow, inherited: { id: 'f2' } }),
    fast: () => ({ id: 'f1', free: { text: 't', secret: 's', never: 'x' } }),
    plain: () => ({ text: 't', secret: 's', never: 'x' }),
    plainHinted: () => ({ text: 't' }),
    inherits: () => ({ text: 't' }),
    things: (_: unknown, { kinds }: { kinds: string[] }) =>
      kinds.map((kind, index) => ({ id: `${kind}${index}`, kind })),
    none: () => [],
    missing: () => null,
    version: () => '1',
    pinned: () => 'p',
    broken: () => {
      throw new Error('broken');
    },
  },
  Mutation: { touch: () => slow },
  Thing: { __resolveType: (value: { kind: string }) => value.kind },
  Slow: { __resolveReference: (ref: { id: string }) => ({ ...slow, id: ref.id }) },
  Fast: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};

async function header(server: ApolloServer, query: string, variables = {}): Promise<string> {
  const response = await server.executeOperation({ query, variables }, { contextValue: {} });
  return response.http.headers.get('cache-control') ?? '(none)';
}

const servers = async () => {
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    plugins: [ApolloServerPluginCacheControl({ defaultMaxAge: 30, calculateHttpHeaders: true })],
  });
  const ours = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    plugins: [ApolloServerPluginCacheControlDisabled(), cachePolicyPlugin(30, () => {})],
  });
  await Promise.all([apollo.start(), ours.start()]);
  return { apollo, ours };
};

const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Slow { id } ... on Fast { id } } }`;
// Every row has its variables: jest would take a missing third column for a done callback.
const cases: [string, string, Record<string, unknown>][] = [
  ['a type hint', '{ slow { id } }', {}],
  ['a scalar field hint', '{ slow { id note } }', {}],
  ['a child of another type', '{ slow { child { id } } }', {}],
  ['a field that inherits', '{ slow { inherited { id } } }', {}],
  ['an unhinted composite under a hinted one', '{ fast { free { text } } }', {}],
  ['scope from a scalar field', '{ plain { secret } }', {}],
  ['maxAge 0 on a scalar field', '{ fast { free { never } } }', {}],
  ['a root field hint on a composite', '{ plainHinted { text } }', {}],
  ['a type that inherits at the root', '{ inherits { text } }', {}],
  ['interfaces resolved at run time', '{ things(kinds: ["Slow", "Fast"]) { id } }', {}],
  ['only the slow kind', '{ things(kinds: ["Slow"]) { id ... on Fast { free { never } } } }', {}],
  ['an empty list skips its children', '{ none { note child { id } } }', {}],
  ['a null parent skips its children', '{ missing { note } }', {}],
  ['a root scalar', '{ version }', {}],
  ['a hinted root scalar', '{ pinned }', {}],
  ['a throwing resolver', '{ broken { text } }', {}],
  ['aliases and fragments', '{ a: slow { ...S } b: fast { id } } fragment S on Slow { note }', {}],
  ['introspection only', '{ __typename }', {}],
  ['a mutation', 'mutation { touch { id } }', {}],
  ['the service SDL', '{ _service { sdl } }', {}],
  ['entities of one type', entities, { r: [{ __typename: 'Slow', id: 'a' }] }],
  [
    'entities of two types',
    entities,
    {
      r: [
        { __typename: 'Slow', id: 'a' },
        { __typename: 'Fast', id: 'b' },
      ],
    },
  ],
];

describe('our cache policy and Apollo Server cache control plugin', () => {
  it.each(cases)('give the same Cache-Control header: %s', async (_name, query, variables) => {
    const { apollo, ours } = await servers();
    try {
      const expected = await header(apollo, query, variables);
      expect(await header(ours, query, variables)).toBe(expected);
      // Twice: the schema is instrumented once, and a second request must not see the first's.
      expect(await header(ours, query, variables)).toBe(expected);
    } finally {
      await Promise.all([apollo.stop(), ours.stop()]);
    }
  });

  it('is not vacuous: the cases give several different headers', async () => {
    const { apollo } = await servers();
    try {
      const headers = new Set<string>();
      for (const [, query, variables] of cases) headers.add(await header(apollo, query, variables));
      expect(headers.size).toBeGreaterThanOrEqual(4);
    } finally {
      await apollo.stop();
    }
  });
});
