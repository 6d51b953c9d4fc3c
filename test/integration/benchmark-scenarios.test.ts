/*
 * The benchmark's queries must keep working as the schema changes: each runs once here, without
 * injected latency, and must answer without errors (runOnce throws otherwise). Timing is the
 * benchmark's business, not this test's.
 */
import { runOnce } from '../../src/benchmark/measure.js';
import { benchmarkScenarios } from '../../src/benchmark/scenarios.js';
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
});
