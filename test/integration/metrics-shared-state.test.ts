/*
 * Redis configured but unreachable (its URL carries a password): /metrics says the replica runs
 * degraded, counts the fall-back with its failure kind, counts the cache look-ups as misses, and
 * shows the password nowhere.
 */
import { closedPort } from '../support/closed-port.js';
import { labelValues, scrapeMetrics } from '../support/metrics-scrape.js';
import { sumOf } from '../support/prometheus-text.js';
import { expectNoSecrets, startTestApp } from '../support/test-app.js';

const PASSWORD = 'redis-pw-M3T7X9';

it('Redis unreachable: the degraded gauge is 1, the fall-back counted, every look-up a miss', async () => {
  const port = await closedPort();
  const t = await startTestApp({
    REDIS_URL: `redis://og:${PASSWORD}@127.0.0.1:${port}`,
    LEADSQUARED_CACHE_RECORD_TTL_MS: '30000',
  });
  try {
    const [record] = t.lsq.data.opportunities;
    const id = `lsq:${record!.EventCode}:${record!.ProspectActivityId}`;
    for (let round = 0; round < 2; round += 1) {
      const { body } = await t.graphql(`query($id: ID!) { opportunity(id: $id) { id } }`, { id });
      expect(body.errors).toBeUndefined();
    }
    const { families, text } = await scrapeMetrics(t);
    expect(sumOf(families, 'opportunity_graph_shared_state_degraded')).toBe(1);
    expect(sumOf(families, 'opportunity_graph_shared_state_degraded_total')).toBeGreaterThan(0);
    const failures = families
      .get('opportunity_graph_shared_state_degraded_total')!
      .samples.map((sample) => sample.labels.failure);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures)
      expect(['offline', 'timeout', 'error-reply']).toContain(failure);
    const cache = { source: 'LEADSQUARED', kind: 'opportunity' };
    expect(
      sumOf(families, 'opportunity_graph_cache_requests_total', { ...cache, result: 'hit' }),
    ).toBe(0);
    // Both reads looked and missed: without Redis nothing is cached.
    expect(
      sumOf(families, 'opportunity_graph_cache_requests_total', { ...cache, result: 'miss' }),
    ).toBe(2);
    expectNoSecrets(text, [PASSWORD]);
    expect(text).not.toContain(`127.0.0.1:${port}`);
    expect(labelValues(families).filter(({ value }) => /redis|@|:\/\//.test(value))).toEqual([]);
  } finally {
    await t.stop();
  }
});
