/**
 * GET /metrics against the real simulators: the text parses strictly as the Prometheus format,
 * and the upstream counters equal what the simulators received, per source and operation, after
 * a merged page, calls shared by concurrent requests (one identical read joined, look-ups by id
 * merged while waiting for quota) and a retried call (one count per attempt).
 */
import type { RequestLogEntry } from '../../src/core/simulator/index.js';
import {
  scrapeMetrics,
  upstreamCountsFromMetrics,
  upstreamCountsFromSimulators,
  type Families,
} from '../support/metrics-scrape.js';
import { sumOf } from '../support/prometheus-text.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MERGED = `query MergedPage {
  opportunities(first: 30) { nodes { id source name prospects { id } } }
}`;
const LISTING = `query NewestUpsell { leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } } }`;
const SAME = `query SameListing { leadSquaredOpportunities(eventCode: 12001, first: 3) { nodes { id } } }`;
const NODES = `query Lookups($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const SEARCH = 'RetrieveOpportunitiesBySearchParameter';

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Partner Central at its published 10 ListOpportunities a second: look-ups by id that wait
    // for a turn leave together.
    t = await startTestApp({ PARTNER_CENTRAL_QUOTA_SCALE: '1', REQUEST_TIMEOUT_MS: '30000' });
  });
  afterAll(() => t.stop());

  /** The counters equal the simulators' logs, and every attempt has its duration and no call. */
  function expectCountsMatch(families: Families): void {
    const counted = upstreamCountsFromMetrics(families);
    expect(counted).toEqual(upstreamCountsFromSimulators(t));
    for (const key of Object.keys(counted)) {
      const [source, operation] = key.split(' ') as [string, string];
      const labels = { source, operation };
      expect(
        sumOf(families, 'opportunity_graph_upstream_request_duration_seconds_count', labels),
      ).toBe(counted[key]);
    }
    expect(sumOf(families, 'opportunity_graph_upstream_requests_in_flight')).toBe(0);
  }

  it('after a merged page, parses and counts every upstream call per source and operation', async () => {
    const merged = await t.graphql(MERGED);
    expect(merged.body.errors).toBeUndefined();
    const listing = await t.graphql(LISTING);
    expect(listing.body.errors).toBeUndefined();

    const { families, text } = await scrapeMetrics(t);
    expectCountsMatch(families);
    const counted = upstreamCountsFromMetrics(families);
    // The merged page asked all three sources.
    for (const source of ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'])
      expect(Object.keys(counted).some((key) => key.startsWith(`${source} `))).toBe(true);
    // Every attempt of Partner Central and LeadSquared waited for its quota turn once.
    for (const source of ['LEADSQUARED', 'PARTNER_CENTRAL'])
      expect(sumOf(families, 'opportunity_graph_quota_wait_seconds_count', { source })).toBe(
        sumOf(families, 'opportunity_graph_upstream_requests_total', { source }),
      );
    const operations = (operation_name: string) =>
      sumOf(families, 'opportunity_graph_graphql_operations_total', {
        operation_name,
        operation_type: 'query',
      });
    expect(operations('MergedPage')).toBe(1);
    expect(operations('NewestUpsell')).toBe(1);
    expect(sumOf(families, 'opportunity_graph_graphql_operation_duration_seconds_count')).toBe(2);
    // The process defaults, under their usual names.
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_gc_duration_seconds',
    ])
      expect(families.has(name)).toBe(true);
    expect(text).toContain('# TYPE opportunity_graph_upstream_requests_total counter');
  });

  it('counts a read two concurrent requests shared once, and says it served both', async () => {
    const before = (await scrapeMetrics(t)).families;
    const searches = t.lsq.requests(SEARCH).length;
    // The first call is held 2 s at the simulator: the second request joins it meanwhile.
    t.lsq.setFaults([{ operation: SEARCH, latencyMs: 2_000, times: 1 }]);
    const answers = await Promise.all([t.graphql(SAME), t.graphql(SAME)]);
    t.lsq.clearFaults();
    for (const { body } of answers) expect(body.errors).toBeUndefined();
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    expect(t.lsq.requests(SEARCH).length - searches).toBe(1);

    const { families } = await scrapeMetrics(t);
    expectCountsMatch(families);
    const shared = { source: 'LEADSQUARED', kind: 'identical' };
    const delta = (name: string) => sumOf(families, name, shared) - sumOf(before, name, shared);
    expect(delta('opportunity_graph_shared_calls_total')).toBe(1);
    expect(delta('opportunity_graph_shared_call_requests_total')).toBe(2);
  });

  it('counts look-ups by id merged across waiting requests once per call', async () => {
    const before = (await scrapeMetrics(t)).families;
    const seq = Math.max(0, ...t.pc.requests().map((entry) => entry.seq));
    // 15 requests of 2 ids each, all different: more than the quota's 10 calls a second.
    const records = t.pc.data.AWS.opportunities.slice(200, 230);
    const groups = Array.from({ length: 15 }, (_, i) =>
      records.slice(2 * i, 2 * i + 2).map((record) => `pc:AWS:${record.Id}`),
    );
    const answers = await Promise.all(groups.map((ids) => t.graphql(NODES, { ids })));
    for (const { body } of answers) expect(body.errors).toBeUndefined();

    // From the simulator's log: how many requests each call carried ids of.
    const calls = t.pc.requests('ListOpportunities').filter((entry) => entry.seq > seq);
    const served = calls.map((call) => requestsIn(call, groups)).filter((count) => count > 1);
    expect(served.length).toBeGreaterThan(0);

    const { families } = await scrapeMetrics(t);
    expectCountsMatch(families);
    const shared = { source: 'PARTNER_CENTRAL', kind: 'bulk' };
    const delta = (name: string) => sumOf(families, name, shared) - sumOf(before, name, shared);
    expect(delta('opportunity_graph_shared_calls_total')).toBe(served.length);
    expect(delta('opportunity_graph_shared_call_requests_total')).toBe(
      served.reduce((total, count) => total + count, 0),
    );
  }, 30_000);

  it('counts a retried call once per attempt, the failed one under its code', async () => {
    const before = (await scrapeMetrics(t)).families;
    const searches = t.lsq.requests(SEARCH).length;
    t.lsq.setFaults([{ operation: SEARCH, status: 500, times: 1 }]);
    const { body } = await t.graphql(LISTING);
    t.lsq.clearFaults();
    expect(body.errors).toBeUndefined();
    expect(
      t.lsq
        .requests(SEARCH)
        .slice(searches)
        .map((entry) => entry.status),
    ).toEqual([500, 200]);

    const { families } = await scrapeMetrics(t);
    expectCountsMatch(families);
    const labels = { source: 'LEADSQUARED', operation: SEARCH };
    const delta = (name: string, more: Record<string, string>) =>
      sumOf(families, name, { ...labels, ...more }) - sumOf(before, name, { ...labels, ...more });
    expect(delta('opportunity_graph_upstream_requests_total', { outcome: 'ok' })).toBe(1);
    expect(
      delta('opportunity_graph_upstream_requests_total', { outcome: 'UPSTREAM_UNAVAILABLE' }),
    ).toBe(1);
    expect(
      delta('opportunity_graph_upstream_retries_total', { code: 'UPSTREAM_UNAVAILABLE' }),
    ).toBe(1);
  });
});

/** The requests (groups of ids) with at least one id in this ListOpportunities call. */
function requestsIn(call: RequestLogEntry, groups: readonly string[][]): number {
  const sent = new Set(
    (call.body as { Identifier?: string[] }).Identifier?.map((id) => `pc:AWS:${id}`) ?? [],
  );
  return groups.filter((ids) => ids.some((id) => sent.has(id))).length;
}
