/**
 * Partner Central's client (the real AWS SDK, its own retries off) against the faults of the
 * connection and of the body (a reset, a body that stops halfway, a trickle) and against
 * Retry-After, over real HTTP to the simulator: a Retry-After is waited for when it fits in the
 * request's deadline and ends the call at once when it does not; a reset or a cut body is retried
 * on a read and never on RejectEngagementInvitation, a write without an idempotency token; a
 * trickle slower than the deadline ends as the deadline's error. Counts and gaps come from the
 * simulator's request log.
 */
import {
  PcEngRejectDocument,
  PcFailOpportunityAndLeadSquaredDocument,
} from '../__generated__/graphql.js';
import type { InvitationRecord } from '../../src/sources/partner-central/simulator/index.js';
import { expectNoSecrets, TEST_SECRETS, type TestApp } from '../support/test-app.js';
import { appPerTest } from '../support/app-per-test.js';

const LIST = 'ListOpportunities';
const REJECT = 'RejectEngagementInvitation';

/** The secret of the simulator's static credentials (src/sources/partner-central/start.ts). */
const SIMULATOR_SECRET = 'simulator-secret';
const SECRETS = [...TEST_SECRETS, SIMULATOR_SECRET];

const REQUEST_TIMEOUT_MS = 6_000;

const pendingInvitation = (t: TestApp): InvitationRecord =>
  t.pc.data.AWS.invitations.filter((i) => i.Status === 'PENDING' && !i.failsOnAccept)[1]!;

describe('Partner Central client under connection faults and Retry-After', () => {
  const start = appPerTest(SECRETS, { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });

  async function readOne(app: TestApp) {
    const record = app.pc.data.AWS.opportunities[3]!;
    const started = Date.now();
    const response = await app.graphql(PcFailOpportunityAndLeadSquaredDocument, {
      id: `pc:AWS:${record.Id}`,
    });
    expectNoSecrets(response.text, SECRETS);
    return { record, response, started, durationMs: Date.now() - started };
  }

  async function reject(app: TestApp) {
    const invitation = pendingInvitation(app);
    const response = await app.graphql(PcEngRejectDocument, {
      input: { invitationId: `pc-invitation:${invitation.Catalog}:${invitation.Id}` },
    });
    expectNoSecrets(response.text, SECRETS);
    return { invitation, response };
  }

  it('a 429 with Retry-After: 2 is retried after at least 2 s, inside the deadline', async () => {
    const app = await start();
    app.pc.setFaults([{ operation: LIST, status: 429, retryAfter: 2, times: 1 }]);
    const { record, response, started } = await readOne(app);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({
      id: `pc:AWS:${record.Id}`,
      sourceId: record.Id,
      name: record.Customer!.Account!.CompanyName,
    });
    const calls = app.pc.requests(LIST);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]!.receivedAtMs - calls[0]!.receivedAtMs).toBeGreaterThanOrEqual(2_000);
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it('a 429 with Retry-After as an HTTP date is retried no earlier than that date', async () => {
    const app = await start();
    const retryAfter = new Date(Date.now() + 3_000).toUTCString();
    app.pc.setFaults([{ operation: LIST, status: 429, retryAfter, times: 1 }]);
    const { record, response, started } = await readOne(app);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity?.id).toBe(`pc:AWS:${record.Id}`);
    const calls = app.pc.requests(LIST);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]!.receivedAtMs).toBeGreaterThanOrEqual(Date.parse(retryAfter));
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it.each([
    ['a 429 past the deadline', 429, 30, {}, 'UPSTREAM_THROTTLED', 'ThrottlingException'],
    ['a 503 past the deadline', 503, 30, {}, 'UPSTREAM_UNAVAILABLE', 'ServiceUnavailableException'],
    // The deadline would allow it; the cap on one wait does not.
    [
      'a 429 past the longest wait, inside a long deadline',
      429,
      20,
      { REQUEST_TIMEOUT_MS: '60000' },
      'UPSTREAM_THROTTLED',
      'ThrottlingException',
    ],
  ] as const)(
    '%s: its Retry-After ends the read at once, without a retry',
    async (_label, status, retryAfter, env, code, upstreamCode) => {
      const app = await start(env);
      app.pc.setFaults([{ operation: LIST, status, retryAfter }]);
      const { response, durationMs } = await readOne(app);

      expect(response.body.data?.opportunity).toBeNull();
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.path).toEqual(['opportunity']);
      expect(response.body.errors![0]!.extensions).toEqual({
        code,
        source: 'PARTNER_CENTRAL',
        upstreamStatus: status,
        upstreamCode,
        retryable: true,
      });
      expect(app.pc.requests(LIST)).toHaveLength(1);
      // At once: nowhere near the deadline, let alone the Retry-After.
      expect(durationMs).toBeLessThan(3_000);
    },
  );

  it.each([
    ['a reset', { reset: true }, 0],
    ['a body cut halfway', { truncateBody: true }, 200],
  ])(
    '%s on ListOpportunities (a read) is retried, and the data answered',
    async (_l, fault, status) => {
      const app = await start();
      app.pc.setFaults([{ operation: LIST, ...fault, times: 1 }]);
      const { record, response } = await readOne(app);

      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.opportunity?.id).toBe(`pc:AWS:${record.Id}`);
      expect(app.pc.requests(LIST).map((call) => call.status)).toEqual([status, 200]);
    },
  );

  it.each([
    ['a reset', { reset: true }, 0, 'PENDING'],
    // The upstream did reject it; only the answer was lost, which is why it must not go again.
    ['a body cut halfway', { truncateBody: true }, 200, 'REJECTED'],
  ])(
    '%s on RejectEngagementInvitation (a write) is not retried: UPSTREAM_UNAVAILABLE',
    async (_label, fault, status, after) => {
      const app = await start();
      app.pc.setFaults([{ operation: REJECT, ...fault }]);
      const { invitation, response } = await reject(app);

      expect(response.body.data).toEqual({ rejectEngagementInvitation: null });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'PARTNER_CENTRAL',
        retryable: true,
      });
      expect(app.pc.requests(REJECT).map((call) => call.status)).toEqual([status]);
      const now = app.pc.data.AWS.invitations.find((i) => i.Id === invitation.Id)!;
      expect(now.Status).toBe(after);
    },
  );

  it('a trickle slower than the deadline ends as UPSTREAM_TIMEOUT at the deadline', async () => {
    // The attempt's own timeout is longer than the request: the deadline is what ends it.
    const app = await start({ REQUEST_TIMEOUT_MS: '1500', PARTNER_CENTRAL_TIMEOUT_MS: '10000' });
    app.pc.setFaults([{ operation: LIST, trickle: 10 }]);
    const { response, durationMs } = await readOne(app);

    expect(response.body.data?.opportunity).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      source: 'PARTNER_CENTRAL',
      retryable: true,
    });
    // No time was left for a second attempt.
    expect(app.pc.requests(LIST)).toHaveLength(1);
    expect(durationMs).toBeGreaterThanOrEqual(1_400);
    expect(durationMs).toBeLessThan(5_000);
  });

  it("a trickle slower than each attempt's timeout is UPSTREAM_TIMEOUT after every attempt", async () => {
    // Cut while the body arrives, the SDK throws a bare "aborted" error: still a timeout.
    const app = await start({ REQUEST_TIMEOUT_MS: '5000', PARTNER_CENTRAL_TIMEOUT_MS: '500' });
    app.pc.setFaults([{ operation: LIST, trickle: 10 }]);
    const { response } = await readOne(app);

    expect(response.body.data?.opportunity).toBeNull();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      source: 'PARTNER_CENTRAL',
      retryable: true,
    });
    // Each attempt had its headers (200) and part of its body before it timed out.
    expect(app.pc.requests(LIST).map((call) => call.status)).toEqual([200, 200, 200]);
  });
});
