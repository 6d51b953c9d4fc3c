import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../src/sources/account-engagement/simulator/index.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The OAuth secrets the app holds for Account Engagement, and the Authorization header it sends
 * (the upstream's own message "access_token is invalid ..." names the parameter, not a value).
 */
const SECRETS = [SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN, 'Bearer '];

const QUERY = `{
  ae: accountEngagementOpportunities(first: 2) { totalCount nodes { id } }
  lsq: leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount }
}`;

describe('Account Engagement failures through the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REQUEST_TIMEOUT_MS: '3000', ACCOUNT_ENGAGEMENT_TIMEOUT_MS: '300' });
  });
  afterAll(() => t.stop());
  afterEach(() => t.ae.clearFaults());

  it.each([
    ['a persistent 500 (error 183)', { status: 500 }, 'UPSTREAM_UNAVAILABLE', 3],
    ['a hang', { hang: true }, 'UPSTREAM_TIMEOUT', 3],
    ['a malformed body', { malformedBody: true }, 'UPSTREAM_UNAVAILABLE', 3],
    ['a refused token after one refresh', { status: 401 }, 'UPSTREAM_AUTH_FAILED', 2],
  ] as const)(
    '%s gives %s, keeps the other source, and leaks no credential',
    async (_label, fault, code, attempts) => {
      t.ae.clearRequests();
      t.logs.clear();
      t.ae.setFaults([{ operation: 'opportunity.query', ...fault }]);
      const { body, text } = await t.graphql(QUERY);
      // `accountEngagementOpportunities` is nullable: its failure nulls only it; the error says why.
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, source: 'ACCOUNT_ENGAGEMENT' });
      expect(t.ae.requests('opportunity.query')).toHaveLength(attempts);
      expectNoSecrets(`${text}\n${t.logs.text()}`, SECRETS);
      expectNoSecrets(JSON.stringify(t.ae.requests()), [
        SIMULATOR_CLIENT_SECRET,
        SIMULATOR_REFRESH_TOKEN,
      ]);
    },
  );

  it('a failing Account Engagement field does not take a LeadSquared field with it', async () => {
    t.ae.setFaults([{ operation: 'opportunity.read', status: 500 }]);
    const { body, text } = await t.graphql(`{
      opportunity(id: "ae:1") { id }
      lsq: leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount }
    }`);
    const data = body.data as { opportunity: unknown; lsq: { totalCount: number } };
    expect(data.opportunity).toBeNull();
    expect(data.lsq.totalCount).toBe(1000);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      source: 'ACCOUNT_ENGAGEMENT',
    });
    expectNoSecrets(`${text}\n${t.logs.text()}`, SECRETS);
  });
});
