import { loadConfig, Secret } from '../../../src/config.js';
import { createLogger } from '../../../src/logging/logger.js';
import { AccountEngagementClient } from '../../../src/sources/account-engagement/client.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { TokenProvider } from '../../../src/sources/account-engagement/token-provider.js';
import { UpstreamError } from '../../../src/core/errors/index.js';
import type { CallContext } from '../../../src/core/http/index.js';
import { LogCapture } from '../../support/log-capture.js';

/**
 * The client configured for the API version its business unit refuses, over real HTTP: 88 (a
 * unit with shared emails asked on version 3) and 89 (a unit without them asked on version 4) are
 * UPSTREAM_REJECTED, sent once, naming the version the unit needs; with the right version the
 * same unit answers, and the client deletes with DELETE and undeletes with POST.
 */
describe.each([
  { sharedEmails: true, wrong: '3', right: '4', code: '88' },
  { sharedEmails: false, wrong: '4', right: '3', code: '89' },
] as const)(
  'AccountEngagementClient on a unit with shared emails: $sharedEmails',
  ({ sharedEmails, wrong, right, code }) => {
    let sim: AccountEngagementSimulator;
    let url: string;
    const logs = new LogCapture();
    const ctx = (): CallContext => ({
      deadline: Date.now() + 10_000,
      logger: createLogger('debug', logs),
    });
    const clientFor = (version: string) =>
      new AccountEngagementClient({
        config: loadConfig({ ACCOUNT_ENGAGEMENT_API_VERSION: version }).sources.accountEngagement,
        tokens: new TokenProvider({
          loginUrl: url,
          clientId: SIMULATOR_CLIENT_ID,
          clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
          grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
          timeoutMs: 5_000,
        }),
        businessUnitId: SIMULATOR_BUSINESS_UNIT_ID,
        baseUrl: url,
      });

    beforeAll(async () => {
      sim = createAccountEngagementSimulator({ records: 30, sharedEmails });
      url = `${await sim.start(0)}/`;
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.reset());

    const apiCalls = () => sim.requests().filter((entry) => entry.operation !== 'oauth.token');

    it(`version ${wrong} is UPSTREAM_REJECTED (error ${code}), sent once, naming the setting`, async () => {
      const client = clientFor(wrong);
      try {
        const failure = await client.queryOpportunities({ limit: 1 }, ctx()).catch((e) => e);
        expect(failure).toBeInstanceOf(UpstreamError);
        expect((failure as UpstreamError).details).toMatchObject({
          code: 'UPSTREAM_REJECTED',
          upstreamCode: code,
          retryable: false,
        });
        expect((failure as UpstreamError).message).toContain(
          `ACCOUNT_ENGAGEMENT_API_VERSION=${right}`,
        );
        expect(apiCalls().map((entry) => [entry.path, entry.status])).toEqual([
          [`/api/opportunity/version/${wrong}/do/query`, 400],
        ]);
      } finally {
        client.close();
      }
    });

    it(`version ${right} is served; delete is a DELETE, undelete a POST`, async () => {
      const client = clientFor(right);
      try {
        const { opportunities } = await client.queryOpportunities({ limit: 1 }, ctx());
        const id = opportunities[0]!.id;
        await client.deleteOpportunity(id, ctx());
        expect(sim.data.opportunity(id)?.deleted).toBe(true);
        await client.undeleteOpportunity(id, ctx());
        expect(sim.data.opportunity(id)?.deleted).toBe(false);
        expect(apiCalls().map((entry) => [entry.operation, entry.method, entry.status])).toEqual([
          ['opportunity.query', 'GET', 200],
          ['opportunity.delete', 'DELETE', 204],
          ['opportunity.undelete', 'POST', 204],
        ]);
        expect(apiCalls().every((entry) => entry.path.includes(`/version/${right}/`))).toBe(true);
      } finally {
        client.close();
      }
    });
  },
);
