/*
 * LeadSquared reads through the shared layer of one replica (no Redis): look-ups waiting for quota
 * merge across requests, records by id are cached so a batch sends only its misses, and a caller's
 * `Cache-Control: no-cache` goes upstream again. Counts come from the simulator's request log.
 */
import type { RequestLogEntry } from '../../../src/core/simulator/index.js';
import type { OpportunityRecord } from '../../../src/sources/leadsquared/simulator/index.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../../support/test-app.js';
import { callsInTrailingWindows } from '../../support/request-windows.js';
import { lsqId } from '../../support/leadsquared-records.js';

const NODES = /* GraphQL */ `
  query CachedNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Opportunity {
        name
      }
    }
  }
`;

interface NodesData {
  nodes: ({ id: string; name: string | null } | null)[];
}

function requestedIds(entry: RequestLogEntry): string[] {
  const body = entry.body as { SearchParameters: { ProspectActivityId: string[] }[] };
  return body.SearchParameters.flatMap((parameter) =>
    parameter.ProspectActivityId.map((id) => id.toLowerCase()),
  );
}

function expectExactly(
  response: { body: { data?: NodesData | null; errors?: unknown } },
  records: readonly OpportunityRecord[],
) {
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data?.nodes).toEqual(
    records.map((record) => ({ id: lsqId(record), name: record.mx_Custom_1 })),
  );
}

describe('LeadSquared look-ups across requests (one replica)', () => {
  it('60 concurrent look-ups of 30 distinct ids each: every request gets exactly its 30 records, at most 26 calls, none throttled', async () => {
    const t = await startTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    try {
      const all = t.lsq.data.opportunities;
      const groups = Array.from({ length: 60 }, (_, group) =>
        all.slice(group * 30, group * 30 + 30),
      );
      expect(new Set(groups.flat().map(lsqId)).size).toBe(1_800);

      const responses = await Promise.all(
        groups.map((records) => t.graphql<NodesData>(NODES, { ids: records.map(lsqId) })),
      );
      responses.forEach((response, index) => expectExactly(response, groups[index]!));

      const calls = t.lsq.requests('GetOpportunitiesById');
      expect(calls.length).toBeLessThanOrEqual(26);
      expect(calls.filter((call) => call.status !== 200)).toEqual([]);
      const asked = calls.flatMap(requestedIds);
      expect(asked).toHaveLength(1_800); // each id once, whichever call carried it
      expect(Math.max(...callsInTrailingWindows(calls, 5_000))).toBeLessThanOrEqual(25);
      expectNoSecrets(t.logs.text());
    } finally {
      await t.stop();
    }
  }, 60_000);
});

describe('LeadSquared records by id in the cache (one replica)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LEADSQUARED_CACHE_RECORD_TTL_MS: '60000' });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.lsq.clearRequests());

  it('sends only the misses: 1,500 of 2,000 ids cached cost one call for the other 500', async () => {
    const records = t.lsq.data.opportunities.slice(0, 2_000);
    const first = await t.graphql<NodesData>(NODES, { ids: records.slice(0, 1_500).map(lsqId) });
    expectExactly(first, records.slice(0, 1_500));
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);
    t.lsq.clearRequests();

    const second = await t.graphql<NodesData>(NODES, { ids: records.map(lsqId) });
    expectExactly(second, records);
    const calls = t.lsq.requests('GetOpportunitiesById');
    expect(calls).toHaveLength(1);
    expect(new Set(requestedIds(calls[0]!))).toEqual(
      new Set(records.slice(1_500).map((record) => record.ProspectActivityId.toLowerCase())),
    );
  });

  it('a repeated look-up is answered without a call; Cache-Control: no-cache reads the upstream again', async () => {
    const records = t.lsq.data.opportunities.slice(2_000, 2_010);
    const ids = records.map(lsqId);
    expectExactly(await t.graphql<NodesData>(NODES, { ids }), records);
    expectExactly(await t.graphql<NodesData>(NODES, { ids }), records);
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);

    const fresh = await t.graphql<NodesData>(NODES, { ids }, { 'cache-control': 'no-cache' });
    expectExactly(fresh, records);
    const calls = t.lsq.requests('GetOpportunitiesById');
    expect(calls).toHaveLength(2);
    expect(new Set(requestedIds(calls[1]!))).toEqual(
      new Set(records.map((r) => r.ProspectActivityId.toLowerCase())),
    );
  });

  it('a record absent upstream is not cached: asking again asks the upstream again', async () => {
    const missing = 'lsq:12000:00000000-0000-4000-8000-000000000000';
    for (let round = 0; round < 2; round += 1) {
      const response = await t.graphql<NodesData>(NODES, { ids: [missing] });
      expect(response.body.data?.nodes).toEqual([null]);
    }
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(2);
  });

  it('caches leads by id as well: a second look-up of the same leads costs no call', async () => {
    const leads = t.lsq.data.leads.slice(0, 5);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Prospect { email } } }`;
    const ids = leads.map((lead) => `lsq-lead:${lead.ProspectID}`);
    const first = await t.graphql<{ nodes: ({ id: string; email: string | null } | null)[] }>(
      query,
      { ids },
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.nodes.map((node) => node?.email)).toEqual(
      leads.map((lead) => lead.EmailAddress),
    );
    const second = await t.graphql(query, { ids });
    expect(second.body.data).toEqual(first.body.data);
    expect(t.lsq.requests('RetrieveLeadsByIds')).toHaveLength(1);
  });
});
