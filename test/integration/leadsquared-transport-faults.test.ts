/**
 * LeadSquared's client against the faults of the connection and of the body (a reset, a body
 * that stops halfway, a trickle) and against Retry-After, over real HTTP: a Retry-After is waited
 * for when it fits in the request's deadline and ends the call at once when it does not; a reset
 * or a cut body is retried, since every LeadSquared call is a read; a trickle slower than the
 * deadline ends as the deadline's error. Counts and gaps come from the simulator's request log.
 */
import type { OpportunityRecord } from '../../src/sources/leadsquared/simulator/index.js';
import { expectNoSecrets, TEST_SECRETS } from '../support/test-app.js';
import { appPerTest } from '../support/app-per-test.js';

const LOOKUP = 'GetOpportunitiesById';
const BY_ID = 'query ById($id: ID!) { opportunity(id: $id) { id name } }';

interface ByIdData {
  opportunity: { id: string; name: string | null } | null;
}

const lsqId = (record: OpportunityRecord) =>
  `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}`;

const REQUEST_TIMEOUT_MS = 6_000;

describe('LeadSquared client under connection faults and Retry-After', () => {
  const start = appPerTest(TEST_SECRETS, { REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) });

  /** A fresh app each time: a throttle's back-off outlives the request it came with. */
  async function readOne(env: Record<string, string> = {}) {
    const app = await start(env);
    const record = app.lsq.data.opportunitiesOfType(12001)[7]!;
    return {
      app,
      record,
      send: async () => {
        const started = Date.now();
        const response = await app.graphql<ByIdData>(BY_ID, { id: lsqId(record) });
        expectNoSecrets(response.text, TEST_SECRETS);
        return { response, started, durationMs: Date.now() - started };
      },
    };
  }

  it('a 429 with Retry-After: 2 is retried after at least 2 s, inside the deadline', async () => {
    const { app, record, send } = await readOne();
    app.lsq.setFaults([{ operation: LOOKUP, status: 429, retryAfter: 2, times: 1 }]);
    const { response, started } = await send();

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({
      id: lsqId(record),
      name: record.mx_Custom_1,
    });
    const calls = app.lsq.requests(LOOKUP);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]!.receivedAtMs - calls[0]!.receivedAtMs).toBeGreaterThanOrEqual(2_000);
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it('a 429 with Retry-After as an HTTP date is retried no earlier than that date', async () => {
    const { app, record, send } = await readOne();
    const retryAfter = new Date(Date.now() + 3_000).toUTCString();
    app.lsq.setFaults([{ operation: LOOKUP, status: 429, retryAfter, times: 1 }]);
    const { response, started } = await send();

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity?.id).toBe(lsqId(record));
    const calls = app.lsq.requests(LOOKUP);
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]!.receivedAtMs).toBeGreaterThanOrEqual(Date.parse(retryAfter));
    expect(calls[1]!.receivedAtMs).toBeLessThan(started + REQUEST_TIMEOUT_MS);
  });

  it.each([
    ['past the deadline', '30', {}],
    // The deadline would allow it; the cap on one wait does not.
    ['past the longest wait, inside a long deadline', '20', { REQUEST_TIMEOUT_MS: '60000' }],
  ])(
    'a 429 with a Retry-After %s fails at once as UPSTREAM_THROTTLED, without a retry',
    async (_label, seconds, env) => {
      const { app, send } = await readOne(env);
      app.lsq.setFaults([{ operation: LOOKUP, status: 429, retryAfter: Number(seconds) }]);
      const { response, durationMs } = await send();

      expect(response.body.data).toEqual({ opportunity: null });
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors![0]!.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        upstreamStatus: 429,
        upstreamCode: 'MXAPIRateLimitExceededException',
        retryable: true,
      });
      expect(app.lsq.requests(LOOKUP)).toHaveLength(1);
      // At once: nowhere near the deadline, let alone the Retry-After.
      expect(durationMs).toBeLessThan(3_000);
    },
  );

  it.each([
    ['a reset', { reset: true }, 0],
    ['a body cut halfway', { truncateBody: true }, 200],
  ])('%s on the look-up by id is retried, and the data answered', async (_label, fault, status) => {
    const { app, record, send } = await readOne();
    app.lsq.setFaults([{ operation: LOOKUP, ...fault, times: 1 }]);
    const { response } = await send();

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({
      id: lsqId(record),
      name: record.mx_Custom_1,
    });
    expect(app.lsq.requests(LOOKUP).map((call) => call.status)).toEqual([status, 200]);
  });

  it('a trickle slower than the deadline ends as UPSTREAM_TIMEOUT at the deadline', async () => {
    // The attempt's own timeout is longer than the request: the deadline is what ends it.
    const { app, send } = await readOne({
      REQUEST_TIMEOUT_MS: '1500',
      LEADSQUARED_TIMEOUT_MS: '10000',
    });
    app.lsq.setFaults([{ operation: LOOKUP, trickle: 10 }]);
    const { response, durationMs } = await send();

    expect(response.body.data).toEqual({ opportunity: null });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.extensions).toEqual({
      code: 'UPSTREAM_TIMEOUT',
      source: 'LEADSQUARED',
      retryable: true,
    });
    // No time was left for a second attempt.
    expect(app.lsq.requests(LOOKUP)).toHaveLength(1);
    expect(durationMs).toBeGreaterThanOrEqual(1_400);
  });
});
