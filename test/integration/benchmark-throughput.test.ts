/*
 * The throughput bench's scenarios must keep running on both servers as the schema changes: two
 * variants of each run once through our server and once through the plain graphql-js baseline,
 * over the same (in-process) simulators; both must answer the same records without errors, each
 * variant in an upstream call of its own, the same call from both servers. autocannon must carry
 * the next variant on every request. Timing is the bench's business, not this test's.
 */
import 'reflect-metadata';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { RequestLogEntry } from '../../src/core/simulator/request-log.js';
import { createLogger } from '../../src/logging/logger.js';
import { baselineCredentials } from '../../src/benchmark/throughput/baseline/credentials.js';
import {
  startBaselineServer,
  type BaselineServer,
} from '../../src/benchmark/throughput/baseline/server.js';
import { BaselineUpstreams } from '../../src/benchmark/throughput/baseline/upstreams.js';
import { startFloorServer } from '../../src/benchmark/throughput/floor/server.js';
import type { LoopbackServer } from '../../src/benchmark/throughput/json-post-server.js';
import { rotatingLoad } from '../../src/benchmark/throughput/rotating-load.js';
import {
  askOnce,
  LOOKUP_IDS,
  REQUEST_HEADERS,
  requestBody,
  throughputEnv,
  throughputScenarios,
  type ThroughputScenario,
} from '../../src/benchmark/throughput/throughput-scenarios.js';
import { LISTING_VARIANTS } from '../../src/benchmark/throughput/throughput-variants.js';

/**
 * The work an upstream call asks for, as the simulator received it: the operation with its body
 * or query, less what only says how the answer is encoded (the baseline asks Account Engagement
 * for JSON where ours parses XML) and with the look-up's ids as a set (the order is no work).
 */
function upstreamWork(entry: RequestLogEntry): unknown {
  if (entry.bodyTruncated) throw new Error(`${entry.operation}: body truncated in the log`);
  if (entry.operation === 'opportunity.query') {
    const { format: _format, ...query } = entry.query;
    return { operation: entry.operation, query };
  }
  const body = entry.body as Record<string, unknown>;
  if (entry.operation === 'GetOpportunitiesById') {
    const groups = body.SearchParameters as { ProspectActivityId: string[] }[];
    return {
      operation: entry.operation,
      groups: groups.map(({ ProspectActivityId, ...rest }) => ({
        ...rest,
        ids: ProspectActivityId.map((id) => id.toLowerCase()).sort(),
      })),
    };
  }
  if (typeof body.AdvancedSearch === 'string') {
    return {
      operation: entry.operation,
      body: { ...body, AdvancedSearch: JSON.parse(body.AdvancedSearch) as unknown },
    };
  }
  return { operation: entry.operation, body };
}

describe('throughput bench: our server and the plain graphql-js baseline', () => {
  let app: RunningApp;
  let baseline: BaselineServer;
  let floor: LoopbackServer;
  let scenarios: ThroughputScenario[];
  const sims = () => {
    const { leadSquared, partnerCentral, accountEngagement } = app.sources.simulators;
    return {
      leadSquared: leadSquared!,
      partnerCentral: partnerCentral!,
      accountEngagement: accountEngagement!,
    };
  };
  /** The ids `ask` answers and the upstream calls it made (the token aside). */
  const withCalls = async (ask: () => Promise<string[]>) => {
    const simulators = Object.values(sims());
    for (const simulator of simulators) simulator.clearRequests();
    const ids = await ask();
    const calls = simulators
      .flatMap((simulator) => simulator.requests())
      .filter((entry) => entry.operation !== 'oauth.token');
    return { ids, calls };
  };
  beforeAll(async () => {
    const config = loadConfig(throughputEnv());
    app = await startApp(config, createLogger('silent'));
    const { leadSquared, partnerCentral, accountEngagement } = sims();
    const urls = {
      leadSquared: leadSquared.url,
      partnerCentral: partnerCentral.url,
      accountEngagement: accountEngagement.url,
    };
    const upstreams = new BaselineUpstreams(urls, baselineCredentials(config));
    baseline = await startBaselineServer(upstreams);
    floor = await startFloorServer(upstreams);
    scenarios = throughputScenarios(sims());
  }, 60_000);
  afterAll(async () => {
    await floor?.stop();
    await baseline?.stop();
    await app?.stop();
  });

  it('answers two variants of every scenario with the same records through both, each in an upstream call of its own, the same call from both', async () => {
    expect(scenarios.map((scenario) => scenario.variants.length)).toEqual([
      LISTING_VARIANTS,
      LISTING_VARIANTS,
      LISTING_VARIANTS,
      20,
    ]);
    for (const scenario of scenarios) {
      const work: unknown[] = [];
      const answers: string[][] = [];
      for (const variant of [0, 1]) {
        const ours = await withCalls(() => askOnce(`${app.url}/graphql`, scenario, variant));
        const base = await withCalls(() => askOnce(baseline.url, scenario, variant));
        const label = { scenario: scenario.name, variant };
        expect({ ...label, ids: base.ids }).toEqual({ ...label, ids: ours.ids });
        expect(new Set(ours.ids).size).toBe(ours.ids.length);
        expect(ours.ids).toHaveLength(scenario.name.includes('ids') ? LOOKUP_IDS : 20);
        // One call each way, asking the upstream for the same work, so the bench compares like
        // with like.
        expect({ ...label, calls: ours.calls.length }).toEqual({ ...label, calls: 1 });
        expect({ ...label, calls: base.calls.length }).toEqual({ ...label, calls: 1 });
        expect({ ...label, work: upstreamWork(base.calls[0]!) }).toEqual({
          ...label,
          work: upstreamWork(ours.calls[0]!),
        });
        work.push(upstreamWork(ours.calls[0]!));
        answers.push(ours.ids);
      }
      // Distinct calls: ours would share identical ones in flight.
      expect(work[1]).not.toEqual(work[0]);
      if (scenario.name.includes('ids')) {
        // No id in common: ours would join a call in flight for an id another request also asks.
        expect(answers[1]!.filter((id) => answers[0]!.includes(id))).toEqual([]);
      } else {
        // The filter excludes no record: every variant asks for, and answers, the same page.
        expect(answers[1]).toEqual(answers[0]);
      }
    }
  });

  it("has the floor answer the baseline's records for two variants of every scenario, in the baseline's one upstream call", async () => {
    for (const scenario of scenarios) {
      for (const variant of [0, 1]) {
        const label = { scenario: scenario.name, variant };
        const base = await withCalls(() => askOnce(baseline.url, scenario, variant));
        const least = await withCalls(() => askOnce(floor.url, scenario, variant));
        expect({ ...label, ids: least.ids }).toEqual({ ...label, ids: base.ids });
        expect({ ...label, calls: least.calls.length }).toEqual({ ...label, calls: 1 });
        expect({ ...label, work: upstreamWork(least.calls[0]!) }).toEqual({
          ...label,
          work: upstreamWork(base.calls[0]!),
        });
      }
    }
    // No GraphQL: a query that is none of the scenarios' is refused, not answered.
    const other = await fetch(floor.url, {
      method: 'POST',
      headers: REQUEST_HEADERS,
      body: JSON.stringify({ query: '{ opportunities { nodes { id } } }' }),
    });
    expect(other.status).toBe(400);
  });

  it("answers every listing variant with the first variant's records", async () => {
    for (const scenario of scenarios.filter((candidate) => !candidate.name.includes('ids'))) {
      const first = await askOnce(`${app.url}/graphql`, scenario, 0);
      for (let variant = 1; variant < scenario.variants.length; variant += 1) {
        const label = { scenario: scenario.name, variant };
        expect({ ...label, ids: await askOnce(`${app.url}/graphql`, scenario, variant) }).toEqual({
          ...label,
          ids: first,
        });
      }
    }
  });

  it('sends each request with the next variant under autocannon', async () => {
    const listing = scenarios[0]!;
    const bodies = listing.variants.map((_, variant) => requestBody(listing, variant));
    sims().leadSquared.clearRequests();
    // Exactly this many requests, on the baseline, which makes one upstream call per request.
    const amount = 5 * bodies.length;
    const result = await rotatingLoad({
      url: baseline.url,
      bodies,
      headers: REQUEST_HEADERS,
      connections: 10,
      amount,
    });
    expect(result.errors + result.timeouts + result.non2xx).toBe(0);
    expect(result['2xx']).toBe(amount);
    expect(result.graphqlErrors).toBe(0);
    const filters = new Map<string, number>();
    for (const entry of sims().leadSquared.requests()) {
      const search = (entry.body as { AdvancedSearch: string }).AdvancedSearch;
      filters.set(search, (filters.get(search) ?? 0) + 1);
    }
    // Every variant went out, each as often as the others: one counter over all connections.
    expect(filters.size).toBe(bodies.length);
    expect([...new Set(filters.values())]).toEqual([5]);
  });

  it('counts a 200 answer carrying GraphQL errors as a failure of the load', async () => {
    const result = await rotatingLoad({
      url: baseline.url,
      bodies: [JSON.stringify({ query: '{ noSuchField }' })],
      headers: REQUEST_HEADERS,
      connections: 2,
      amount: 6,
    });
    expect(result['2xx']).toBe(6);
    expect(result.graphqlErrors).toBe(6);
  });

  it("keeps the baseline's Account Engagement calls to the API's 5 at once: none refused under 10 connections", async () => {
    const listing = scenarios.find((scenario) => scenario.name.startsWith('Account Engagement'))!;
    const ae = sims().accountEngagement;
    // Latency keeps requests in flight together, so more than 5 would overlap without the limit.
    ae.setFaults([{ latencyMs: 30 }]);
    try {
      ae.clearRequests();
      const result = await rotatingLoad({
        url: baseline.url,
        bodies: listing.variants.map((_, variant) => requestBody(listing, variant)),
        headers: REQUEST_HEADERS,
        connections: 10,
        amount: 40,
      });
      expect(result.graphqlErrors).toBe(0);
      expect(result['2xx']).toBe(40);
      const queries = ae.requests().filter((entry) => entry.operation === 'opportunity.query');
      expect(queries).toHaveLength(40);
    } finally {
      ae.setFaults([]);
    }
  });

  it('answers a bad request with an error, and a missing id with null', async () => {
    const bad = await fetch(baseline.url, { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
    const answer = await fetch(baseline.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: ['lsq:12003:00000000-0000-0000-0000-000000000000'] },
      }),
    });
    expect(await answer.json()).toEqual({ data: { nodes: [null] } });
  });
});
