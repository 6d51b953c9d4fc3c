/*
 * The benchmark's queries must keep working as the schema changes: each runs once here, without
 * injected latency, and must answer without errors (runOnce throws otherwise). Timing is the
 * benchmark's business, not this test's.
 */
import { runOnce } from '../../src/benchmark/measure.js';
import { send } from '../../src/benchmark/quota/load.js';
import { QUOTA_ENV } from '../../src/benchmark/quota/quota-run.js';
import {
  dashboardCycle,
  QUOTA_SCENARIOS,
  SWEEP_DISTINCT_IDS,
  SWEEP_LOOKUPS,
  sweepRequests,
} from '../../src/benchmark/quota/quota-scenarios.js';
import { benchmarkScenarios } from '../../src/benchmark/scenarios.js';
import { seededSimulators } from '../../src/benchmark/seeded-simulators.js';
import { loadConfig } from '../../src/config.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('benchmark scenarios', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_CATALOGS: 'AWS' });
  });
  afterAll(() => t.stop());

  it('runs every scenario without errors, each touching the sources it claims', async () => {
    const scenarios = benchmarkScenarios(t.app);
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    for (const scenario of scenarios) {
      await expect(runOnce(`${t.url}/graphql`, scenario)).resolves.toBeUndefined();
    }
    const nodes = scenarios.find((scenario) => scenario.name.startsWith('nodes:'))!;
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.clearRequests();
    await runOnce(`${t.url}/graphql`, nodes);
    // One call to each source, all at the first level.
    expect(t.pc.requests('ListOpportunities')).toHaveLength(1);
    expect(t.ae.requests().filter((entry) => entry.operation !== 'oauth.token')).toHaveLength(1);
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);
  });

  // The quota-bound scenarios run on a simulator process of their own and take their ids from
  // simulators built, not started, in the bench's process: the seeds must give the same records.
  it('asks the quota-bound scenarios for records that exist, each request answered as judged', async () => {
    const seeded = seededSimulators(loadConfig(QUOTA_ENV));
    expect(QUOTA_SCENARIOS.map((scenario) => scenario.load).sort()).toEqual([
      'dashboard',
      'dashboard',
      'dashboard',
      'sweep',
      'sweep',
    ]);
    // The cache-off baseline turns every TTL to 0 and nothing else.
    const baseline = QUOTA_SCENARIOS.find((scenario) => scenario.env !== undefined)!;
    expect(Object.values(baseline.env!)).toEqual(Array(6).fill('0'));
    expect(
      Object.keys(baseline.env!).every((name) => /_CACHE_(RECORD|LISTING)_TTL_MS$/.test(name)),
    ).toBe(true);
    const cycle = dashboardCycle(seeded);
    const pages = cycle.filter((request) => request.kind === 'page');
    const lookups = cycle.filter((request) => request.kind === 'lookup');
    expect(pages.length).toBe(lookups.length);
    const sources = new Set(lookups.map((request) => String(request.expectId).split(':')[0]));
    expect(sources).toEqual(new Set(['pc', 'ae', 'lsq']));
    for (const request of [pages[0]!, ...lookups]) {
      await expect(send(`${t.url}/graphql`, request)).resolves.toMatchObject({ result: 'ok' });
    }

    const sweep = sweepRequests(seeded);
    expect(sweep).toHaveLength(SWEEP_LOOKUPS);
    const ids = [...new Set(sweep.map((request) => String(request.expectId)))];
    expect(ids).toHaveLength(SWEEP_DISTINCT_IDS);
    expect(new Set(ids.map((id) => id.split(':')[1])).size).toBeGreaterThan(1); // event codes
    // One request for the 30 (the sweep's own 60 would wait for LeadSquared's quota here).
    const found = await t.graphql<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
    );
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data!.nodes.map((node) => node?.id)).toEqual(ids);
    // A look-up answered with another record is judged wrong, not ok.
    const other = { ...sweep[0]!, expectId: ids[1]! };
    await expect(send(`${t.url}/graphql`, other)).resolves.toMatchObject({ result: 'wrong' });
  });
});
