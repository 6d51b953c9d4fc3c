/**
 * Account Engagement's client against the faults of the connection and of the body (a reset, a
 * body that stops halfway, a trickle) and against Retry-After, over real HTTP to the simulator: a
 * Retry-After is waited for when it fits in the request's deadline and ends the call at once when
 * it does not; a reset or a cut body is retried on a read and never on an opportunity create, a
 * write the API cannot recognise when it comes again; a trickle slower than the deadline ends as
 * the deadline's error. Counts and gaps come from the simulator's request log.
 */
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../src/sources/account-engagement/simulator/index.js';
import { expectNoSecrets, type TestApp } from '../support/test-app.js';
import { appPerTest } from '../support/app-per-test.js';
import { aeId, aeProspectId } from './account-engagement-support.js';

const READ = 'opportunity.read';
const CREATE = 'opportunity.create';
const BY_ID = 'query ById($id: ID!) { opportunity(id: $id) { id name } }';
const CREATE_ONE = `mutation Create($input: CreateAccountEngagementOpportunityInput!) {
  createAccountEngagementOpportunity(input: $input) { id name }
}`;

interface ByIdData {
  opportunity: { id: string; name: string | null } | null;
}

/** The OAuth secrets the app holds, and the header that would carry its access token. */
const SECRETS = [SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN, 'Bearer '];

const REQUEST_TIMEOUT_MS = 6_000;

describe('Account Engagement client under connection faults and Retry-After', () => {
  const start = appPerTest(SECRETS, { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });

  async function readOne(app: TestApp) {
    const record = app.ae.data.opportunities.find((o) => !o.deleted)!;
    const started = Date.now();
    const response = await app.graphql<ByIdData>(BY_ID, { id: aeId(record.id) });
    expectNoSecrets(response.text, SECRETS);
    return { record, response, started, durationMs: Date.now() - started };
  }

  it('a 429 with Retry-After: 2 is retried after at least 2 s, inside the deadline', async () => {
    const app = await start();
    app.ae.setFaults([{ operation: READ, status: 429, retryAfter: 2, times: 1 }]);
    const { record, response, started } = await readOne(app);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({ id: aeId(record.id), name: record.name });
    const calls = app.ae.requests(READ);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]!.receivedAtMs - calls[0]!.receivedAtMs).toBeGreaterThanOrEqual(2_000);
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it('a 503 with Retry-After as an HTTP date is retried no earlier than that date', async () => {
    const app = await start();
    const retryAfter = new Date(Date.now() + 3_000).toUTCString();
    app.ae.setFaults([{ operation: READ, status: 503, retryAfter, times: 1 }]);
    const { record, response, started } = await readOne(app);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity?.id).toBe(aeId(record.id));
    const calls = app.ae.requests(READ);
    expect(calls.map((call) => call.status)).toEqual([503, 200]);
    expect(calls[1]!.receivedAtMs).toBeGreaterThanOrEqual(Date.parse(retryAfter));
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it.each([
    ['past the deadline', 30, {}],
    // The deadline would allow it; the cap on one wait does not.
    ['past the longest wait, inside a long deadline', 20, { REQUEST_TIMEOUT_MS: '60000' }],
  ])(
    'a 429 with a Retry-After %s fails at once as UPSTREAM_THROTTLED, without a retry',
    async (_label, retryAfter, env) => {
      const app = await start(env);
      app.ae.setFaults([{ operation: READ, status: 429, retryAfter }]);
      const { response, durationMs } = await readOne(app);

      expect(response.body.data).toEqual({ opportunity: null });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'ACCOUNT_ENGAGEMENT',
        upstreamStatus: 429,
        // Error 66, which the simulator answers an injected 429 with.
        upstreamCode: '66',
        retryable: true,
      });
      expect(app.ae.requests(READ)).toHaveLength(1);
      // At once: nowhere near the deadline, let alone the Retry-After.
      expect(durationMs).toBeLessThan(3_000);
    },
  );

  it.each([
    ['a reset', { reset: true }, 0],
    ['a body cut halfway', { truncateBody: true }, 200],
  ])('%s on a read by id is retried, and the data answered', async (_label, fault, status) => {
    const app = await start();
    app.ae.setFaults([{ operation: READ, ...fault, times: 1 }]);
    const { record, response } = await readOne(app);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({ id: aeId(record.id), name: record.name });
    expect(app.ae.requests(READ).map((call) => call.status)).toEqual([status, 200]);
  });

  it.each([
    ['a reset', { reset: true }, 0, 0],
    // The API did create it; only the answer was lost, which is why it must not go again.
    ['a body cut halfway', { truncateBody: true }, 200, 1],
  ])(
    '%s on an opportunity create (a write) is not retried: UPSTREAM_UNAVAILABLE',
    async (_label, fault, status, created) => {
      const app = await start();
      const before = app.ae.data.opportunities.length;
      app.ae.setFaults([{ operation: CREATE, ...fault }]);
      const prospect = app.ae.data.prospects[5]!;
      const name = 'Transport fault probe';
      const response = await app.graphql(CREATE_ONE, {
        input: { name, value: '100', probability: 10, prospectId: aeProspectId(prospect.id) },
      });
      expectNoSecrets(response.text, SECRETS);

      expect(response.body.data).toEqual({ createAccountEngagementOpportunity: null });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'ACCOUNT_ENGAGEMENT',
        retryable: true,
      });
      expect(app.ae.requests(CREATE).map((call) => call.status)).toEqual([status]);
      expect(app.ae.data.opportunities.length - before).toBe(created);
    },
  );

  it('a trickle slower than the deadline ends as UPSTREAM_TIMEOUT at the deadline', async () => {
    // The attempt's own timeout is longer than the request: the deadline is what ends it.
    const app = await start({ REQUEST_TIMEOUT_MS: '1500', ACCOUNT_ENGAGEMENT_TIMEOUT_MS: '10000' });
    app.ae.setFaults([{ operation: READ, trickle: 10 }]);
    const { response, durationMs } = await readOne(app);

    expect(response.body.data).toEqual({ opportunity: null });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      source: 'ACCOUNT_ENGAGEMENT',
      retryable: true,
    });
    // No time was left for a second attempt.
    expect(app.ae.requests(READ)).toHaveLength(1);
    expect(durationMs).toBeGreaterThanOrEqual(1_400);
  });
});
