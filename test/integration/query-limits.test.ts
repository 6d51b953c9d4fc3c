/*
 * What one operation may spend is settled before it runs: a document over the depth, alias,
 * directive or token limit, or an operation whose estimated cost passes MAX_QUERY_COST, is refused
 * with its own code and makes no upstream call at all (the simulators' request logs stay empty).
 */
import { DEFAULT_LIMITS } from '../../src/config/limits.config.js';
import { lsqId } from '../support/leadsquared-records.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());
beforeEach(() => {
  t.lsq.clearRequests();
  t.pc.clearRequests();
  t.ae.clearRequests();
});

function upstreamCalls(): number {
  return t.lsq.requests().length + t.pc.requests().length + t.ae.requests().length;
}

interface Refusal {
  message: string;
  extensions: { code: string; cost?: { estimated: number; max: number } };
}

async function refusal(query: string, variables?: Record<string, unknown>): Promise<Refusal> {
  const { body, text } = await t.graphql(query, variables);
  // A refusal names figures and settings, never a credential (in the answer or the log).
  expectNoSecrets(text);
  expectNoSecrets(t.logs.text());
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  return body.errors![0] as unknown as Refusal;
}

const twoThousandIds = () => t.lsq.data.opportunities.slice(0, 2_000).map(lsqId);

describe('estimated cost', () => {
  it('refuses 15 aliases of nodes with 2,000 ids each, naming the estimate and the budget', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `n${i}: nodes(ids: $ids) { id }`);
    const error = await refusal(`query($ids: [ID!]!) { ${aliases.join(' ')} }`, {
      ids: twoThousandIds(),
    });
    // Each alias: 2,000 ids and the list itself weigh 2,001, plus its one counted node.
    const estimated = 15 * (2_001 + 1);
    expect(error.extensions).toEqual({
      code: 'COST_ESTIMATED_TOO_EXPENSIVE',
      cost: { estimated, max: DEFAULT_LIMITS.maxCost },
    });
    expect(error.message).toContain(`estimated cost ${estimated} exceeds the maximum 10000`);
    expect(upstreamCalls()).toBe(0);
  });

  it('refuses three nested levels of opportunities(first: 100) through prospects', async () => {
    // Through `nodes`: written with `edges { node }` the document is too deep already (below).
    const level = (inner: string) =>
      `opportunities(first: 100) { nodes { id prospects { id ${inner} } } }`;
    const error = await refusal(
      `{ ${level(level('opportunities(first: 100) { nodes { id } }'))} }`,
    );
    expect(error.extensions.code).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(error.extensions.cost!.estimated).toBeGreaterThan(1_000_000);
    const withEdges = (inner: string) =>
      `opportunities(first: 100) { edges { node { id prospects { id ${inner} } } } }`;
    const deep = await refusal(`{ ${withEdges(withEdges(withEdges('')))} }`);
    expect(deep.extensions.code).toBe('MAX_DEPTH_LIMIT');
    expect(upstreamCalls()).toBe(0);
  });

  it('runs an operation inside the budget: one nodes call with 2,000 ids', async () => {
    const { body } = await t.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: twoThousandIds(),
    });
    expect(body.errors).toBeUndefined();
    expect((body.data as { nodes: unknown[] }).nodes).toHaveLength(2_000);
    expect(t.lsq.requests().length).toBe(1);
  });
});

describe('document limits', () => {
  it('refuses a document deeper than MAX_QUERY_DEPTH (9) with MAX_DEPTH_LIMIT', async () => {
    const deep = `{ opportunities(first: 1) { edges { node { prospects { opportunities(first: 1) {
      edges { node { prospects { opportunities(first: 1) { nodes { id } } } } } } } } } } }`;
    const error = await refusal(deep);
    expect(error.extensions).toEqual({ code: 'MAX_DEPTH_LIMIT' });
    expect(error.message).toMatch(/depth limit of 9 exceeded, found 11\. \(MAX_QUERY_DEPTH\)/);
    expect(upstreamCalls()).toBe(0);
  });

  it('admits the deepest path that visits no type twice (depth 9)', async () => {
    const { body } = await t.graphql(
      `query($id: ID!) { node(id: $id) { ... on Prospect {
      opportunities(first: 1) { edges { node { partnerCentral { customer { account { address {
      city } } } } } } } } } }`,
      { id: `lsq-lead:${t.lsq.data.opportunities[0]!.RelatedProspectId}` },
    );
    expect(body.errors).toBeUndefined();
  });

  it('refuses a 16th alias with MAX_ALIASES_LIMIT', async () => {
    // armor allows any number of __typename aliases; these are real fields.
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: nodes(ids: []) { id }`);
    const error = await refusal(`{ ${aliases.join(' ')} }`);
    expect(error.extensions).toEqual({ code: 'MAX_ALIASES_LIMIT' });
    expect(error.message).toContain('(MAX_QUERY_ALIASES)');
  });

  it('refuses more than 50 directives with MAX_DIRECTIVES_LIMIT', async () => {
    const error = await refusal(`{ ${'__typename @include(if: true) '.repeat(51)} }`);
    expect(error.extensions).toEqual({ code: 'MAX_DIRECTIVES_LIMIT' });
  });

  it('refuses a document of more than 1,000 tokens with MAX_TOKENS_LIMIT, pointing to variables', async () => {
    const ids = twoThousandIds()
      .slice(0, 1_000)
      .map((id) => JSON.stringify(id));
    const error = await refusal(`{ nodes(ids: [${ids.join(', ')}]) { id } }`);
    expect(error.extensions).toEqual({ code: 'MAX_TOKENS_LIMIT' });
    expect(error.message).toMatch(/more than 1000 tokens.*MAX_QUERY_TOKENS.*variables/);
    expect(upstreamCalls()).toBe(0);
  });
});
