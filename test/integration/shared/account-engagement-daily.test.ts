/*
 * The business unit's daily API allowance is counted before calls are sent: once spent, a call
 * fails at once with UPSTREAM_THROTTLED instead of reaching the API to be refused with error 122.
 */
import { expectNoSecrets, startTestApp } from '../../support/test-app.js';

const PAGE = `{ accountEngagementOpportunities(first: 1) { nodes { id } } }`;

describe('Account Engagement daily allowance', () => {
  it('stops at ACCOUNT_ENGAGEMENT_DAILY_CALLS calls: the next fails at once and is never sent', async () => {
    const t = await startTestApp({ ACCOUNT_ENGAGEMENT_DAILY_CALLS: '3' });
    try {
      for (let i = 0; i < 3; i += 1) {
        const response = await t.graphql(PAGE);
        expect(response.body.errors).toBeUndefined();
      }
      const started = Date.now();
      const spent = await t.graphql(PAGE);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(spent.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('daily API allowance of 3 calls is used up'),
          extensions: expect.objectContaining({
            code: 'UPSTREAM_THROTTLED',
            source: 'ACCOUNT_ENGAGEMENT',
          }),
        }),
      ]);
      expect(t.ae.requests('opportunity.query')).toHaveLength(3);
      expectNoSecrets(spent.text);
    } finally {
      await t.stop();
    }
  });
});
