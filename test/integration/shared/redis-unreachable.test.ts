/*
 * REDIS_URL set, but nothing listens there (and the URL carries a password): the server starts,
 * answers on its local shares, says degraded and why in /ready and in the log, and the password
 * is in none of it.
 */
import { closedPort } from '../../support/closed-port.js';
import { expectNoSecrets, startTestApp } from '../../support/test-app.js';

const PASSWORD = 'redis-pw-Z7Q4K2';

describe('Redis unreachable from the start', () => {
  it('serves on the local shares, reports degraded, and never shows the password', async () => {
    const t = await startTestApp({
      REDIS_URL: `redis://og:${PASSWORD}@127.0.0.1:${await closedPort()}`,
      LEADSQUARED_CACHE_RECORD_TTL_MS: '30000',
    });
    try {
      const started = Date.now();
      const id = `lsq:${t.lsq.data.opportunities[0]!.EventCode}:${t.lsq.data.opportunities[0]!.ProspectActivityId}`;
      const response = await t.graphql(`query($id: ID!) { opportunity(id: $id) { id } }`, { id });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data).toEqual({ opportunity: { id } });
      expect(Date.now() - started).toBeLessThan(5_000);

      const ready = await fetch(`${t.url}/ready`);
      const text = await ready.text();
      expect(ready.status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({
        status: 'degraded',
        sharedState: { store: 'redis', status: 'degraded', reason: expect.any(String) },
      });
      expect(t.logs.text()).toMatch(/shared state unavailable/);
      const secrets = [PASSWORD, `og:${PASSWORD}`];
      expectNoSecrets(text, secrets);
      expectNoSecrets(response.text, secrets);
      expectNoSecrets(t.logs.text(), secrets);
    } finally {
      await t.stop();
    }
  });
});
