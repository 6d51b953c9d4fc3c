/*
 * A LeadSquared throttle keeps what the upstream said. When LeadSquared throttles (429, 403, or
 * HTTP 200 with MXAPIRateLimitExceededException in the body), the client backs off for a window;
 * a retry whose quota turn then comes after the request deadline is refused without another call,
 * and its UPSTREAM_THROTTLED error still carries extensions.upstreamStatus / upstreamCode, as an
 * error after the last retry does. A refusal by our own quota alone claims no upstream signal.
 */
import { UpstreamError } from '../../src/core/errors/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { LeadSquaredClient } from '../../src/sources/leadsquared/client.js';
import {
  type LeadSquaredSimulator,
  type OpportunityRecord,
  type ThrottleStatus,
} from '../../src/sources/leadsquared/simulator/index.js';
import { LogCapture } from '../support/log-capture.js';
import { startThrottlingLeadSquared } from '../support/throttling-leadsquared.js';
import { expectNoSecrets, startTestApp } from '../support/test-app.js';

const LOOKUP = 'GetOpportunitiesById';
const RATE_LIMIT_EXCEPTION = 'MXAPIRateLimitExceededException';

describe('a LeadSquared throttle through the GraphQL server', () => {
  it('a 429 whose back-off outlasts the deadline is UPSTREAM_THROTTLED with upstreamStatus and upstreamCode', async () => {
    // The back-off after a throttle is a whole quota window (5 s), longer than the 3 s deadline.
    const t = await startTestApp({ REQUEST_TIMEOUT_MS: '3000' });
    try {
      const record = t.lsq.data.opportunitiesOfType(12003)[0]!;
      t.lsq.setFaults([{ operation: LOOKUP, status: 429 }]);
      const { body, text } = await t.graphql(
        `{ opportunity(id: "lsq:12003:${record.ProspectActivityId.toLowerCase()}") { id } }`,
      );
      expect(body.data).toEqual({ opportunity: null });
      expect(body.errors).toHaveLength(1);
      const [error] = body.errors!;
      expect(error!.path).toEqual(['opportunity']);
      expect(error!.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        upstreamStatus: 429,
        upstreamCode: RATE_LIMIT_EXCEPTION,
        retryable: true,
      });
      expect(error!.message).toContain('LeadSquared throttled the account (HTTP 429');
      // One call: the retry was refused by the back-off, not sent.
      expect(t.lsq.requests(LOOKUP).map((call) => call.status)).toEqual([429]);
      expectNoSecrets(`${text}\n${t.logs.text()}`);
    } finally {
      await t.stop();
    }
  });
});

describe.each<ThrottleStatus>([429, 403, 200])(
  'LeadSquaredClient when the upstream throttles with HTTP %i and the back-off outlasts the deadline',
  (throttleStatus) => {
    let simulator: LeadSquaredSimulator | undefined;
    let client: LeadSquaredClient | undefined;
    const logs = new LogCapture();
    afterEach(async () => {
      client?.close();
      await simulator?.stop();
      client = undefined;
      simulator = undefined;
    });

    async function start(
      rateLimit: { calls: number; windowMs: number },
      quota: { calls: number; windowMs: number },
    ) {
      logs.clear();
      const started = await startThrottlingLeadSquared({ rateLimit, quota, throttleStatus });
      simulator = started.sim;
      client = started.client;
      return started;
    }
    const context = (budgetMs: number) => ({
      deadline: Date.now() + budgetMs,
      logger: createLogger('debug', logs),
    });
    const ref = (record: OpportunityRecord) => ({
      eventCode: record.EventCode,
      prospectActivityId: record.ProspectActivityId,
    });
    const failureOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );

    /**
     * One look-up that succeeds, then a second with an 800 ms budget: what the second fails with,
     * and the simulator with its request log holding only the second's calls.
     */
    async function secondLookupFailure(
      rateLimit: { calls: number; windowMs: number },
      quota: { calls: number; windowMs: number },
    ) {
      const { sim, client } = await start(rateLimit, quota);
      const [first, second] = sim.data.opportunities;
      await client.getOpportunitiesById([ref(first!)], ['mx_Custom_1'], context(5_000));
      sim.clearRequests();
      const error = await failureOf(
        client.getOpportunitiesById([ref(second!)], ['mx_Custom_1'], context(800)),
      );
      return { sim, error };
    }

    it('carries the upstream status and code, after one call', async () => {
      // Another caller used the account's only call of a long window; we trust 10 calls / s, so
      // the throttle makes us back off 1 s (+ margin), past the 800 ms budget.
      const { sim, error } = await secondLookupFailure(
        { calls: 1, windowMs: 60_000 },
        { calls: 10, windowMs: 1_000 },
      );

      expect(error).toBeInstanceOf(UpstreamError);
      const upstream = error as UpstreamError;
      expect(upstream.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        upstreamStatus: throttleStatus,
        upstreamCode: RATE_LIMIT_EXCEPTION,
        retryable: true,
      });
      expect(upstream.message).toContain(
        `LeadSquared throttled the account (HTTP ${throttleStatus}, ${RATE_LIMIT_EXCEPTION})`,
      );
      expect(sim.requests(LOOKUP).map((call) => call.status)).toEqual([throttleStatus]);
      expectNoSecrets(JSON.stringify({ message: upstream.message, ...upstream.extensions }));
      expectNoSecrets(logs.text());
    });

    it('a refusal by our own quota, with no throttle from the upstream, claims no upstream signal', async () => {
      const { sim, error } = await secondLookupFailure(
        { calls: 100, windowMs: 1_000 },
        { calls: 1, windowMs: 60_000 },
      );

      expect(error).toBeInstanceOf(UpstreamError);
      const upstream = error as UpstreamError;
      expect(upstream.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        retryable: true,
      });
      expect(upstream.message).toContain('LeadSquared quota of 1 calls per 60 s is used up');
      expect(sim.requests(LOOKUP)).toEqual([]);
    });
  },
);
