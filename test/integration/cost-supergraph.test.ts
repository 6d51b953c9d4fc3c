/*
 * The SDL carries the cost model and the scopes the subgraph enforces, and they survive
 * composition: the estimate this server refuses with equals the figure Apollo Router's model
 * gives for the same operation from the composed supergraph's @cost/@listSize (computed here with
 * the model's implementation, which test/unit/cost checks against the Router's documented
 * figures). Every example of the README fits the default budget.
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { getDirective } from '@graphql-tools/utils';
import { buildSchema, parse } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config/limits.config.js';
import { CostEstimator } from '../../src/server/cost/estimate-cost.js';
import { lsqId } from '../support/leadsquared-records.js';
import { EXAMPLE_FILES, readmeExamples, type Example } from '../support/markdown-examples.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let supergraphSdl: string;
let supergraphCost: CostEstimator;

beforeAll(async () => {
  // Every operation is over a budget of 1: the refusal tells the server's own estimate.
  t = await startTestApp({ MAX_QUERY_COST: '1', PARTNER_CENTRAL_CATALOGS: 'AWS' });
  const { body } = await t.graphql<{ _service: { sdl: string } }>('{ _service { sdl } }');
  const composed = composeServices([
    { name: 'opportunities', url: `${t.url}/graphql`, typeDefs: parse(body.data!._service.sdl) },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  supergraphSdl = composed.supergraphSdl;
  supergraphCost = new CostEstimator(buildSchema(supergraphSdl));
});
afterAll(() => t?.stop());

const examples: Example[] = EXAMPLE_FILES.flatMap((file) =>
  readmeExamples(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')),
);

async function serverEstimate(query: string, variables?: Record<string, unknown>) {
  const { body } = await t.graphql(query, variables);
  const [error] = (body.errors ?? []) as unknown as {
    extensions: { code: string; cost?: { estimated: number } };
  }[];
  expect(error?.extensions.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  return error!.extensions.cost!.estimated;
}

describe('the composed supergraph', () => {
  it('declares the scopes: read on every query field and our types, write on mutations', () => {
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1"');
    const schema = buildSchema(supergraphSdl);
    const scopes = (element: Parameters<typeof getDirective>[1]) =>
      getDirective(schema, element, 'requiresScopes')?.[0]?.scopes as unknown;
    const read = [['opportunities:read']];
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      expect([field.name, scopes(field)]).toEqual([field.name, read]);
    }
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      expect([field.name, scopes(field)]).toEqual([field.name, [['opportunities:write']]]);
    }
    for (const type of ['Opportunity', 'Prospect', 'EngagementTask', 'PartnerCentralContact']) {
      expect([type, scopes(schema.getType(type)!)]).toEqual([type, read]);
    }
  });

  it('keeps the cost model: connections sized by first, nodes weighing its ids', () => {
    expect(supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    expect(supergraphSdl).toContain(
      '@listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])',
    );
    expect(supergraphSdl).toMatch(/nodes\(ids: \[ID!\]! @cost\(weight: 1\)\)/);
  });
});

describe("the server's estimate equals the supergraph's", () => {
  it.each(examples.map((example) => [example.name, example] as const))(
    'for the example %s, which fits the default budget',
    async (_name, example) => {
      const expected = supergraphCost.estimate(parse(example.query), null, example.variables);
      expect(expected).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(await serverEstimate(example.query, example.variables)).toBe(expected);
    },
  );

  it('for 15 aliases of nodes with 2,000 ids and for three nested connection levels', async () => {
    const ids = t.lsq.data.opportunities.slice(0, 2_000).map(lsqId);
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: nodes(ids: $ids) { id }`);
    const wide = `query($ids: [ID!]!) { ${aliases.join(' ')} }`;
    const level = (inner: string) =>
      `opportunities(first: 100) { nodes { id prospects { id ${inner} } } }`;
    const deep = `{ ${level(level('opportunities(first: 100) { nodes { id } }'))} }`;
    for (const [query, variables] of [
      [wide, { ids }],
      [deep, undefined],
    ] as const) {
      const expected = supergraphCost.estimate(parse(query), null, variables);
      expect(expected).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
      expect(await serverEstimate(query, variables)).toBe(expected);
    }
  });
});
