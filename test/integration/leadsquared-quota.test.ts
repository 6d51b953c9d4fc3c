import { setTimeout as sleep } from 'node:timers/promises';
/**
 * The LeadSquared account quota (25 calls per 5 s, account-wide:
 * docs/upstreams/leadsquared.md#rate-limits) as the whole server sees it: concurrent GraphQL
 * requests are queued by the client-side sliding window instead of provoking throttles, requests
 * that cannot get quota before their deadline fail fast with UPSTREAM_THROTTLED, and throttling
 * signalled by the upstream itself (429, 403 or 200 with MXAPIRateLimitExceededException,
 * docs/upstreams/leadsquared.md#throttling-in-practice) is detected from the body and backed off.
 */
import { UpstreamError } from '../../src/core/errors/index.js';
import { createLogger } from '../../src/logging/logger.js';
import type { RequestLogEntry } from '../../src/core/simulator/index.js';
import { LeadSquaredClient } from '../../src/sources/leadsquared/client.js';
import {
  type LeadSquaredSimulator,
  type OpportunityRecord,
  type ThrottleStatus,
} from '../../src/sources/leadsquared/simulator/index.js';
import { LogCapture } from '../support/log-capture.js';
import { startThrottlingLeadSquared } from '../support/throttling-leadsquared.js';
import { expectNoSecrets, startTestApp } from '../support/test-app.js';
import { callsInTrailingWindows } from '../support/request-windows.js';

const OPPORTUNITY = 'query Opportunity($id: ID!) { opportunity(id: $id) { id name sourceId } }';

interface OpportunityData {
  opportunity: { id: string; name: string | null; sourceId: string } | null;
}

const lsqId = (record: OpportunityRecord) =>
  `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}`;

/** `count` records spread over every event code, so the ids differ in type as well as in id. */
function sampleRecords(records: readonly OpportunityRecord[], count: number): OpportunityRecord[] {
  const step = Math.floor(records.length / count);
  return Array.from({ length: count }, (_, index) => records[index * step]!);
}

/** Every id sent in one GetOpportunitiesById body. */
function requestedIds(entry: RequestLogEntry): string[] {
  const body = entry.body as { SearchParameters: { ProspectActivityId: string[] }[] };
  return body.SearchParameters.flatMap((parameter) => parameter.ProspectActivityId);
}

describe('LeadSquared quota through the GraphQL server', () => {
  it('merges 60 concurrent look-ups that wait for quota: at most 26 calls, each request gets exactly its record, none throttled', async () => {
    const t = await startTestApp({ REQUEST_TIMEOUT_MS: '30000' });
    try {
      const records = sampleRecords(t.lsq.data.opportunities, 60);
      expect(new Set(records.map(lsqId)).size).toBe(60);

      const responses = await Promise.all(
        records.map((record) => t.graphql<OpportunityData>(OPPORTUNITY, { id: lsqId(record) })),
      );

      responses.forEach((response, index) => {
        const record = records[index]!;
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data?.opportunity).toEqual({
          id: lsqId(record),
          name: record.mx_Custom_1,
          sourceId: expect.stringMatching(new RegExp(`^${record.ProspectActivityId}$`, 'i')),
        });
      });

      const calls = t.lsq.requests('GetOpportunitiesById');
      expect(t.lsq.requests()).toHaveLength(calls.length); // nothing but look-ups was called
      // 25 calls fill the first window; everyone who then waits for quota leaves in one call.
      expect(calls.length).toBeLessThanOrEqual(26);
      expect(calls.filter((call) => call.status !== 200)).toEqual([]);
      // Every id was asked for exactly once, whichever call carried it.
      const asked = calls.flatMap(requestedIds).map((id) => id.toLowerCase());
      expect(asked).toHaveLength(60);
      expect(new Set(asked).size).toBe(60);

      const perWindow = callsInTrailingWindows(calls, 5_000);
      expect(Math.max(...perWindow)).toBeLessThanOrEqual(25);
      expectNoSecrets(t.logs.text());
    } finally {
      await t.stop();
    }
  }, 40_000);

  it('refuses at once, with UPSTREAM_THROTTLED, the requests whose quota turn is after their deadline', async () => {
    const t = await startTestApp({ REQUEST_TIMEOUT_MS: '2000' });
    try {
      const records = sampleRecords(t.lsq.data.opportunities, 30);
      const responses = await Promise.all(
        records.map(async (record) => {
          const started = Date.now();
          const response = await t.graphql<OpportunityData>(OPPORTUNITY, { id: lsqId(record) });
          return { ...response, record, durationMs: Date.now() - started };
        }),
      );

      const succeeded = responses.filter((response) => response.body.errors === undefined);
      const throttled = responses.filter((response) => response.body.errors !== undefined);
      expect(succeeded).toHaveLength(25);
      expect(throttled).toHaveLength(5);
      for (const response of succeeded) {
        expect(response.body.data?.opportunity?.id).toBe(lsqId(response.record));
      }
      for (const response of throttled) {
        expect(response.status).toBe(200);
        expect(response.body.data).toEqual({ opportunity: null });
        expect(response.body.errors).toHaveLength(1);
        const [error] = response.body.errors!;
        expect(error!.path).toEqual(['opportunity']);
        expect(error!.extensions).toMatchObject({
          code: 'UPSTREAM_THROTTLED',
          source: 'LEADSQUARED',
          retryable: true,
        });
        // Fail fast: no waiting out the 2 s deadline for a turn that comes after 5 s.
        expect(response.durationMs).toBeLessThan(1_500);
        expectNoSecrets(response.text);
      }

      const calls = t.lsq.requests();
      expect(calls.every((call) => call.operation === 'GetOpportunitiesById')).toBe(true);
      expect(calls.length).toBeLessThanOrEqual(25);
      expect(calls.filter((call) => call.status === 200)).toHaveLength(succeeded.length);
      expectNoSecrets(t.logs.text());
    } finally {
      await t.stop();
    }
  });
});

/**
 * The account quota is shared with every other caller (docs/upstreams/leadsquared.md#rate-limits),
 * so the upstream may throttle even when our own limiter allows a call. Here the simulator allows 2
 * calls per second while the client believes it has 10, and the simulator signals throttling the
 * three ways seen in the wild.
 */
describe.each<ThrottleStatus>([429, 403, 200])(
  'LeadSquaredClient when the upstream throttles with HTTP %i',
  (throttleStatus) => {
    let simulator: LeadSquaredSimulator | undefined;
    let client: LeadSquaredClient | undefined;
    const logs = new LogCapture();
    const columns = ['mx_Custom_1'];

    /** A simulator with its own (tighter) account quota, and a client that trusts 10 calls / s. */
    async function start(rateLimit: { calls: number; windowMs: number }) {
      logs.clear();
      const started = await startThrottlingLeadSquared({
        rateLimit,
        quota: { calls: 10, windowMs: 1_000 },
        throttleStatus,
      });
      simulator = started.sim;
      client = started.client;
      return started;
    }
    afterEach(async () => {
      client?.close();
      await simulator?.stop();
      client = undefined;
      simulator = undefined;
    });

    const context = (budgetMs: number) => ({
      deadline: Date.now() + budgetMs,
      logger: createLogger('debug', logs),
    });
    const ref = (record: OpportunityRecord) => ({
      eventCode: record.EventCode,
      prospectActivityId: record.ProspectActivityId,
    });

    it('reads the throttle from the body, waits a window and gets every answer', async () => {
      const { sim, client } = await start({ calls: 2, windowMs: 1_000 });
      const records = sim.data.opportunities.slice(0, 3);
      // Started 30 ms apart: look-ups asked for at the same moment would share one call.
      const results = await Promise.all(
        records.map(async (record, index) => {
          await sleep(index * 30);
          return client.getOpportunitiesById([ref(record)], columns, context(10_000));
        }),
      );
      results.forEach((found, index) => {
        const record = records[index]!;
        expect([...found.values()].map((row) => [row.ProspectActivityId, row.mx_Custom_1])).toEqual(
          [[record.ProspectActivityId, record.mx_Custom_1]],
        );
      });

      const calls = sim.requests('GetOpportunitiesById');
      expect(calls).toHaveLength(4); // 3 calls, one of them throttled and sent again
      expect(calls.map((call) => call.status).sort()).toEqual(
        [200, 200, 200, throttleStatus].sort(),
      );
      // The retry waited for the upstream's window to pass instead of hammering it.
      const firstArrival = Math.min(...calls.slice(0, 3).map((call) => call.receivedAtMs));
      expect(calls[3]!.receivedAtMs - firstArrival).toBeGreaterThanOrEqual(1_000);
      expectNoSecrets(logs.text());
    });

    it('gives up after the allowed retries with UPSTREAM_THROTTLED naming the upstream signal', async () => {
      // Another caller on the account used the only call of a long window.
      const { sim, client } = await start({ calls: 1, windowMs: 60_000 });
      const [first, second] = sim.data.opportunities;
      await client.getOpportunitiesById([ref(first!)], columns, context(5_000));
      sim.clearRequests();

      const error = await client.getOpportunitiesById([ref(second!)], columns, context(4_000)).then(
        () => undefined,
        (caught: unknown) => caught,
      );

      expect(error).toBeInstanceOf(UpstreamError);
      const upstream = error as UpstreamError;
      expect(upstream.extensions).toEqual({
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        upstreamStatus: throttleStatus,
        upstreamCode: 'MXAPIRateLimitExceededException',
        retryable: true,
      });
      const calls = sim.requests('GetOpportunitiesById');
      expect(calls).toHaveLength(3); // the first attempt and the two allowed retries
      expect(calls.every((call) => call.status === throttleStatus)).toBe(true);
      // Each retry waited for a window (1 s + margin) after the throttle, not just the backoff.
      expect(calls[1]!.receivedAtMs - calls[0]!.receivedAtMs).toBeGreaterThanOrEqual(1_000);
      expect(calls[2]!.receivedAtMs - calls[1]!.receivedAtMs).toBeGreaterThanOrEqual(1_000);
      expectNoSecrets(JSON.stringify({ message: upstream.message, ...upstream.extensions }));
      expectNoSecrets(logs.text());
    });
  },
);
