/*
 * A dashboard on one replica with the default quotas and cache settings: ten clients repeating the
 * merged first page share its upstream reads, so the page rate is no longer bounded by
 * LeadSquared's 25 calls per 5 s (three calls per page without the cache: 2.6 pages/s in all).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_CACHE_TTLS } from '../../../src/config/cache-ttl.config.js';
import { expectNoSecrets, startTestApp } from '../../support/test-app.js';
import { maxInAnyWindow } from '../../support/request-windows.js';

const PAGE = `{ opportunities(first: 20) { edges { cursor node { id name createdAt } } pageInfo { hasNextPage endCursor } } }`;

const SOURCE_TTLS = Object.fromEntries(
  ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'].flatMap((prefix) => [
    [`${prefix}_CACHE_RECORD_TTL_MS`, String(DEFAULT_CACHE_TTLS.recordsMs)],
    [`${prefix}_CACHE_LISTING_TTL_MS`, String(DEFAULT_CACHE_TTLS.listingsMs)],
  ]),
);

describe('the merged page as a dashboard reads it (one replica, default quotas and TTLs)', () => {
  it('10 clients repeating it for 10 s: at least 50 pages/s, no error, never more than 25 LeadSquared calls in 5 s', async () => {
    const t = await startTestApp({ PARTNER_CENTRAL_QUOTA_SCALE: '1', ...SOURCE_TTLS });
    try {
      const first = await t.graphql(PAGE);
      expect(first.body.errors).toBeUndefined();
      const expected = JSON.stringify(first.body.data);
      const durationMs = 10_000;
      const until = Date.now() + durationMs;
      let pages = 0;
      const problems: string[] = [];
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (Date.now() < until) {
            const response = await t.graphql(PAGE);
            if (response.body.errors) problems.push(JSON.stringify(response.body.errors));
            // The same page every time: nothing changed upstream, so nothing may differ.
            else if (JSON.stringify(response.body.data) !== expected) problems.push('page differs');
            else pages += 1;
          }
        }),
      );
      const elapsedMs = Date.now() - started;
      expect(problems).toEqual([]);
      expect(pages / (elapsedMs / 1_000)).toBeGreaterThanOrEqual(50);

      const lsqCalls = t.lsq.requests();
      expect(lsqCalls.filter((call) => call.status !== 200)).toEqual([]);
      expect(maxInAnyWindow(lsqCalls, 5_000)).toBeLessThanOrEqual(25);
      expectNoSecrets(t.logs.text());
    } finally {
      await t.stop();
    }
  }, 60_000);

  it('a listing page is read again once its TTL has passed', async () => {
    const t = await startTestApp({ LEADSQUARED_CACHE_LISTING_TTL_MS: '300' });
    try {
      const query = `{ leadSquaredOpportunities(eventCode: 12003, first: 5) { nodes { id } } }`;
      await t.graphql(query);
      await t.graphql(query);
      expect(t.lsq.requests('RetrieveOpportunitiesBySearchParameter')).toHaveLength(1);
      await sleep(400);
      await t.graphql(query);
      expect(t.lsq.requests('RetrieveOpportunitiesBySearchParameter')).toHaveLength(2);
    } finally {
      await t.stop();
    }
  });
});
