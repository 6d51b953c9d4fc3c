import { EXAMPLE_OPERATION } from '../../src/server/example-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The "graphql request" log line of one request id; fails when there is not exactly one. */
function requestLogLine(t: TestApp, requestId: string): Record<string, unknown> {
  const lines = t.logs
    .lines()
    .filter((line) => line.msg === 'graphql request' && line.requestId === requestId);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('HTTP routes (development)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('GET /health answers 200 {status: ok}', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 with the simulator status of LeadSquared', async () => {
    const response = await fetch(`${t.url}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      sources: { leadSquared: { url: string } };
    };
    expect(body).toEqual({
      status: 'ready',
      sources: {
        leadSquared: { status: 'ready', mode: 'simulator', url: expect.any(String) },
        partnerCentral: { status: 'ready', mode: 'simulator', url: expect.any(String) },
        accountEngagement: { status: 'ready', mode: 'simulator', url: expect.any(String) },
      },
      // No REDIS_URL: quotas and cache are this process's own, which is never degraded.
      sharedState: { store: 'memory', status: 'ok' },
    });
    expect(body.sources.leadSquared.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(body.sources.leadSquared.url).toBe(t.lsq.url);
  });

  it('honours a valid x-request-id and logs the request under it', async () => {
    const requestId = 'trace-1.abc:DEF_9-z';
    for (const simulator of [t.lsq, t.pc, t.ae]) simulator.clearRequests();
    const { status, body, headers } = await t.graphql(
      EXAMPLE_OPERATION,
      {},
      { 'x-request-id': requestId },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(headers.get('x-request-id')).toBe(requestId);

    const line = requestLogLine(t, requestId);
    const [lsq, pc, ae] = [t.lsq, t.pc, t.ae].map((simulator) => simulator.requests().length);
    expect(Math.min(lsq!, pc!, ae!)).toBeGreaterThan(0);
    expect(line).toMatchObject({
      operationName: 'NewestOpportunities',
      upstreamCalls: lsq! + pc! + ae!,
      upstreamCallsBySource: { LEADSQUARED: lsq, PARTNER_CENTRAL: pc, ACCOUNT_ENGAGEMENT: ae },
      errorCodes: [],
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(line.durationMs as number).toBeGreaterThanOrEqual(0);
  });

  it('counts zero upstream calls for a request that needs none', async () => {
    t.lsq.clearRequests();
    await t.graphql('query Typename { __typename }', {}, { 'x-request-id': 'no-upstream' });
    expect(t.lsq.requests()).toHaveLength(0);
    expect(requestLogLine(t, 'no-upstream')).toMatchObject({
      operationName: 'Typename',
      upstreamCalls: 0,
      upstreamCallsBySource: {},
    });
  });

  it.each([
    ['spaces', 'has spaces in it'],
    ['a tab', 'tab\there'],
    ['129 characters', 'x'.repeat(129)],
    ['markup', '<script>alert(1)</script>'],
    ['JSON', '{"level":60}'],
    ['a slash', 'a/b'],
  ])('replaces an x-request-id with %s by a fresh UUID', async (_label, invalid) => {
    const { headers } = await t.graphql(
      'query Typename { __typename }',
      {},
      {
        'x-request-id': invalid,
      },
    );
    const replaced = headers.get('x-request-id') ?? '';
    expect(replaced).toMatch(UUID);
    expect(requestLogLine(t, replaced).operationName).toBe('Typename');
    expect(t.logs.lines().some((line) => line.requestId === invalid)).toBe(false);
  });

  it('accepts an x-request-id of exactly 128 characters', async () => {
    const longest = 'y'.repeat(128);
    const { headers } = await t.graphql('{ __typename }', {}, { 'x-request-id': longest });
    expect(headers.get('x-request-id')).toBe(longest);
  });

  it('makes a request id when none is sent, also on /health', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.headers.get('x-request-id')).toMatch(UUID);
    const { headers } = await t.graphql('{ __typename }');
    expect(headers.get('x-request-id')).toMatch(UUID);
  });

  it('GET /graphql with Accept: text/html serves the Sandbox with the example operation', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/sandbox/i);
    expect(html).toContain('NewestOpportunities');
  });

  it('GET /graphql runs a query sent with apollo-require-preflight', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('GET /graphql without a preflight header is refused (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`);
    expect(response.status).toBe(400);
  });

  it('allows introspection outside production', async () => {
    const { body } = await t.graphql('{ __schema { queryType { name } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('never sends a stack trace, even outside production', async () => {
    const { text } = await t.graphql('{ nope }');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(text).not.toMatch(/stacktrace/i);
  });
});

describe('HTTP routes (production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      LEADSQUARED_MODE: 'simulator',
      AUTH_MODE: 'none',
    });
  });
  afterAll(() => t.stop());

  it('serves no landing page', async () => {
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(text).not.toMatch(/sandbox/i);
    expect(text).not.toContain('NewestOpportunities');
  });

  it('disables introspection', async () => {
    const { body } = await t.graphql('{ __schema { queryType { name } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('still answers queries, health and readiness', async () => {
    const { body } = await t.graphql(EXAMPLE_OPERATION);
    expect(body.errors).toBeUndefined();
    expect(body.data).toHaveProperty('opportunities.nodes');
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
  });

  it('sends no stack trace with a validation error', async () => {
    const { text } = await t.graphql('{ nope }');
    expect(JSON.parse(text).errors).toHaveLength(1);
    expect(text).not.toMatch(/stacktrace/i);
  });

  it('sends no stack trace with an upstream error', async () => {
    t.lsq.setFaults([{ status: 500 }]);
    try {
      const { text, body } = await t.graphql(EXAMPLE_OPERATION);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'LEADSQUARED',
        upstreamStatus: 500,
      });
      expect(text).not.toMatch(/stacktrace/i);
      expect(text).not.toContain(t.lsq.url);
    } finally {
      t.lsq.clearFaults();
    }
  });
});
