/**
 * LeadSquared failures as a GraphQL client sees them (docs/errors.md): each one
 * becomes the documented code with `extensions.source`, is retried only when that can help, spoils
 * only the field that needed the failing call, and never leaks a key or a keyed URL into a
 * response or a log line.
 */
import { loadConfig } from '../../src/config.js';
import { startApp } from '../../src/app.js';
import { createLogger } from '../../src/logging/logger.js';
import type { FaultRule } from '../../src/core/simulator/index.js';
import {
  createLeadSquaredSimulator,
  type LeadSquaredDataset,
  type OpportunityRecord,
} from '../../src/sources/leadsquared/simulator/index.js';
import { LogCapture } from '../support/log-capture.js';
import {
  expectNoSecrets,
  startTestApp,
  TEST_LSQ_ACCESS_KEY,
  TEST_LSQ_SECRET_KEY,
  TEST_SECRETS,
  type TestApp,
} from '../support/test-app.js';

/** Two root fields, two upstream operations: GetOpportunitiesById and the search. */
const TWO_FIELDS = `query TwoFields($id: ID!) {
  opportunity(id: $id) { id name }
  leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } }
}`;

interface TwoFieldsData {
  opportunity: { id: string; name: string | null } | null;
  leadSquaredOpportunities: { nodes: { id: string }[] } | null;
}

const LOOKUP = 'GetOpportunitiesById';
const SEARCH = 'RetrieveOpportunitiesBySearchParameter';

const lsqId = (record: OpportunityRecord) =>
  `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}`;

/** The record asked for by id: a 12001 one, so it can never be one of the listed 12003 ones. */
const target = (data: LeadSquaredDataset) => data.opportunitiesOfType(12001)[7]!;

/** The listing's expected first page: newest 12003 records first (ties: upstream order). */
function newest12003(data: LeadSquaredDataset): string[] {
  return data
    .opportunitiesOfType(12003)
    .map((record, index) => ({ record, index }))
    .sort((a, b) => b.record.CreatedOn.localeCompare(a.record.CreatedOn) || a.index - b.index)
    .slice(0, 2)
    .map(({ record }) => lsqId(record));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** No key, no credential parameter, and no simulator URL carrying a query string. */
function expectNothingSecret(text: string, upstreamUrl: string): void {
  expectNoSecrets(text, TEST_SECRETS);
  expect(text).not.toMatch(/accessKey=|secretKey=/i);
  expect(text).not.toMatch(new RegExp(`${escape(upstreamUrl)}[^"\\s]*\\?`));
}

describe('LeadSquared failures through the GraphQL server', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  interface FailureCase {
    name: string;
    fault: FaultRule;
    env?: Record<string, string>;
    extensions: Record<string, unknown>;
    /** Keys that must be absent (nothing known to report). */
    absent?: string[];
    attempts: number;
    /** Upper bound for the whole GraphQL request. */
    maxDurationMs: number;
  }

  const cases: FailureCase[] = [
    {
      name: 'a persistent 500 ends as UPSTREAM_UNAVAILABLE after 2 retries',
      fault: { operation: LOOKUP, status: 500 },
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'LEADSQUARED',
        upstreamStatus: 500,
        upstreamCode: 'MXInternalServerException',
        retryable: true,
      },
      attempts: 3,
      maxDurationMs: 5_000,
    },
    {
      name: 'a hang ends as UPSTREAM_TIMEOUT after each attempt timed out',
      fault: { operation: LOOKUP, hang: true },
      env: { REQUEST_TIMEOUT_MS: '4000', LEADSQUARED_TIMEOUT_MS: '400' },
      extensions: { code: 'UPSTREAM_TIMEOUT', source: 'LEADSQUARED', retryable: true },
      absent: ['upstreamStatus', 'upstreamCode'],
      attempts: 3,
      maxDurationMs: 4_000,
    },
    {
      name: 'a hang longer than the request deadline ends at the deadline, without retries',
      fault: { operation: LOOKUP, hang: true },
      env: { REQUEST_TIMEOUT_MS: '1200', LEADSQUARED_TIMEOUT_MS: '10000' },
      extensions: { code: 'UPSTREAM_TIMEOUT', source: 'LEADSQUARED', retryable: true },
      absent: ['upstreamStatus', 'upstreamCode'],
      attempts: 1,
      maxDurationMs: 2_200,
    },
    {
      name: 'a persistent 429 ends as UPSTREAM_THROTTLED after 2 retries',
      fault: { operation: LOOKUP, status: 429 },
      // A short account window, so that waiting it out twice fits in the test.
      env: { LEADSQUARED_QUOTA_WINDOW_MS: '300' },
      extensions: {
        code: 'UPSTREAM_THROTTLED',
        source: 'LEADSQUARED',
        upstreamStatus: 429,
        upstreamCode: 'MXAPIRateLimitExceededException',
        retryable: true,
      },
      attempts: 3,
      maxDurationMs: 5_000,
    },
    {
      name: 'a 401 ends as UPSTREAM_AUTH_FAILED at once',
      fault: { operation: LOOKUP, status: 401 },
      extensions: {
        code: 'UPSTREAM_AUTH_FAILED',
        source: 'LEADSQUARED',
        upstreamStatus: 401,
        upstreamCode: 'MXUnAuthorizedAccessException',
        retryable: false,
      },
      attempts: 1,
      maxDurationMs: 2_000,
    },
    {
      name: 'a malformed body ends as UPSTREAM_UNAVAILABLE (MALFORMED_RESPONSE) after 2 retries',
      fault: { operation: LOOKUP, malformedBody: true },
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'LEADSQUARED',
        upstreamStatus: 200,
        upstreamCode: 'MALFORMED_RESPONSE',
        retryable: true,
      },
      attempts: 3,
      maxDurationMs: 5_000,
    },
  ];

  it.each(cases)('$name; the other field is intact', async (failure) => {
    t = await startTestApp(failure.env ?? {});
    const app = t;
    const record = target(app.lsq.data);
    app.lsq.setFaults([failure.fault]);

    const started = Date.now();
    const response = await app.graphql<TwoFieldsData>(TWO_FIELDS, { id: lsqId(record) });
    const durationMs = Date.now() - started;

    expect(response.status).toBe(200);
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    expect(error!.path).toEqual(['opportunity']);
    expect(error!.message).toMatch(/^LeadSquared /);
    expect(error!.extensions).toEqual(failure.extensions);
    for (const key of failure.absent ?? []) expect(error!.extensions).not.toHaveProperty(key);
    expect(error!.extensions).not.toHaveProperty('stacktrace');
    expect(error!.extensions).not.toHaveProperty('exception');

    // The listing needed only the search, which did not fail.
    expect(response.body.data).toEqual({
      opportunity: null,
      leadSquaredOpportunities: { nodes: newest12003(app.lsq.data).map((id) => ({ id })) },
    });

    const lookups = app.lsq.requests(LOOKUP);
    expect(lookups).toHaveLength(failure.attempts);
    expect(lookups.every((call) => call.fault !== null)).toBe(true);
    expect(app.lsq.requests(SEARCH).map((call) => call.status)).toEqual([200]);
    expect(app.lsq.requests()).toHaveLength(failure.attempts + 1);
    expect(durationMs).toBeLessThan(failure.maxDurationMs);

    expectNothingSecret(response.text, app.lsq.url);
    expect(response.text).not.toContain(app.lsq.url);
    expectNothingSecret(app.logs.text(), app.lsq.url);
  });

  it('with the search failing instead, only the listing is null: the look-up keeps its data', async () => {
    t = await startTestApp();
    const app = t;
    app.lsq.setFaults([{ operation: SEARCH, status: 401 }]);
    const response = await app.graphql<TwoFieldsData>(TWO_FIELDS, {
      id: lsqId(target(app.lsq.data)),
    });
    // The listing is nullable: its failure stops at its own field.
    expect(response.body.data?.leadSquaredOpportunities).toBeNull();
    expect(response.body.data?.opportunity).toMatchObject({ id: lsqId(target(app.lsq.data)) });
    expect(response.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['leadSquaredOpportunities'], 'UPSTREAM_AUTH_FAILED'],
    ]);
    expect(app.lsq.requests(SEARCH)).toHaveLength(1);
    expect(app.lsq.requests(LOOKUP).map((call) => call.status)).toEqual([200]);
    expectNothingSecret(response.text, app.lsq.url);
    expectNothingSecret(app.logs.text(), app.lsq.url);
  });

  it('retries a transient 500 and succeeds', async () => {
    t = await startTestApp();
    const app = t;
    const record = target(app.lsq.data);
    app.lsq.setFaults([{ operation: LOOKUP, status: 500, times: 1 }]);

    const response = await app.graphql<TwoFieldsData>(TWO_FIELDS, { id: lsqId(record) });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({
      id: lsqId(record),
      name: record.mx_Custom_1,
    });
    expect(response.body.data?.leadSquaredOpportunities?.nodes).toHaveLength(2);
    expect(app.lsq.requests(LOOKUP).map((call) => call.status)).toEqual([500, 200]);
    expect(app.lsq.requests(SEARCH)).toHaveLength(1);
    expectNothingSecret(app.logs.text(), app.lsq.url);
  });

  it('retries a transient 429 after waiting out the account window, and succeeds', async () => {
    t = await startTestApp({ LEADSQUARED_QUOTA_WINDOW_MS: '1000' });
    const app = t;
    const record = target(app.lsq.data);
    app.lsq.setFaults([{ operation: LOOKUP, status: 429, times: 1 }]);

    const response = await app.graphql<TwoFieldsData>(TWO_FIELDS, { id: lsqId(record) });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.opportunity).toEqual({
      id: lsqId(record),
      name: record.mx_Custom_1,
    });
    const lookups = app.lsq.requests(LOOKUP);
    expect(lookups.map((call) => call.status)).toEqual([429, 200]);
    // A throttle means "the window is full": the retry waits a whole window, not just a backoff.
    expect(lookups[1]!.receivedAtMs - lookups[0]!.receivedAtMs).toBeGreaterThanOrEqual(1_000);
    expectNothingSecret(app.logs.text(), app.lsq.url);
  });
});

describe('LeadSquared with keys the upstream does not accept', () => {
  it('answers UPSTREAM_AUTH_FAILED without retrying and without leaking the keys', async () => {
    // The "real" upstream: a simulator that only knows other keys.
    const upstream = createLeadSquaredSimulator({
      records: 50,
      accessKey: 'upstream-access-key-OTHER1',
      secretKey: 'upstream-secret-key-OTHER2',
    });
    const upstreamUrl = await upstream.start(0);
    const logs = new LogCapture();
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      LEADSQUARED_MODE: 'live',
      LEADSQUARED_BASE_URL: `${upstreamUrl}/v2/`,
      LEADSQUARED_ACCESS_KEY: TEST_LSQ_ACCESS_KEY,
      LEADSQUARED_SECRET_KEY: TEST_LSQ_SECRET_KEY,
    });
    const app = await startApp(config, createLogger(config.logLevel, logs));
    try {
      expect(app.sources.simulators.leadSquared).toBeUndefined(); // really the live path
      const record = upstream.data.opportunitiesOfType(12001)[0]!;
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query One($id: ID!) { opportunity(id: $id) { id name } }',
          variables: { id: lsqId(record) },
        }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        data: unknown;
        errors?: { path?: unknown; message: string; extensions?: Record<string, unknown> }[];
      };

      expect(body.data).toEqual({ opportunity: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.path).toEqual(['opportunity']);
      expect(body.errors![0]!.extensions).toEqual({
        code: 'UPSTREAM_AUTH_FAILED',
        source: 'LEADSQUARED',
        upstreamStatus: 401,
        upstreamCode: 'MXUnAuthorizedAccessException',
        retryable: false,
      });
      expect(upstream.requests(LOOKUP).map((call) => call.status)).toEqual([401]);

      // Readiness probes the keys too, and reports the source unavailable.
      const ready = await fetch(`${app.url}/ready`);
      const readyText = await ready.text();
      expect(ready.status).toBe(503);
      expect(JSON.parse(readyText)).toMatchObject({
        sources: { leadSquared: { status: 'unavailable', mode: 'live' } },
      });
      expect(upstream.requests('Leads.GetById').map((call) => call.status)).toEqual([401]);

      for (const output of [text, readyText, logs.text()]) {
        expectNothingSecret(output, upstreamUrl);
        expectNoSecrets(output, ['upstream-access-key-OTHER1', 'upstream-secret-key-OTHER2']);
      }
      expect(text).not.toContain(upstreamUrl);
      expect(readyText).not.toContain(upstreamUrl);
    } finally {
      await app.stop();
      await upstream.stop();
    }
  });
});
