import { EXAMPLE_OPERATION } from '../../src/server/example-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const APP = 'https://app.example.com';
const LOCAL = 'http://localhost:5173';
const STRANGER = 'https://evil.example.net';
const REQUESTED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'traceparent',
];

/** What a browser sends before a cross-origin JSON POST with these headers. */
function preflight(t: TestApp, origin: string, headers = REQUESTED_HEADERS): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': headers.join(','),
    },
  });
}

/** A cross-origin JSON POST as a browser sends it after a successful preflight. */
function crossOriginPost(t: TestApp, origin: string, query = '{ __typename }'): Promise<Response> {
  return fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', authorization: 'Bearer t0k3n' },
    body: JSON.stringify({ query }),
  });
}

/** Every response header whose name starts with access-control-. */
function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries(
    [...response.headers].filter(([name]) => name.startsWith('access-control-')),
  );
}

function csvOf(response: Response, name: string): string[] {
  return (response.headers.get(name) ?? '').split(',').map((item) => item.trim().toLowerCase());
}

describe('CORS with CORS_ORIGINS set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: `${APP}, ${LOCAL}` });
  });
  afterAll(() => t.stop());

  it.each([APP, LOCAL])(
    'answers a preflight from the listed origin %s with 204',
    async (origin) => {
      const response = await preflight(t, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(csvOf(response, 'access-control-allow-methods')).toEqual(['get', 'post']);
      expect(csvOf(response, 'access-control-allow-headers')).toEqual(REQUESTED_HEADERS);
      expect(response.headers.get('access-control-max-age')).toBe('600');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(csvOf(response, 'vary')).toContain('origin');
      // Answered by cors before Apollo, which would refuse an OPTIONS request.
      expect(await response.text()).toBe('');
    },
  );

  it('gives a preflight from an unlisted origin no Access-Control-Allow-Origin', async () => {
    const response = await preflight(t, STRANGER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(csvOf(response, 'vary')).toContain('origin');
  });

  it('matches origins exactly: scheme, host and port', async () => {
    for (const near of [
      'http://app.example.com',
      'https://app.example.com:8443',
      'http://localhost:5174',
    ]) {
      const response = await preflight(t, near);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('runs a cross-origin POST from a listed origin and lets the page read it', async () => {
    for (const simulator of [t.lsq, t.pc, t.ae]) simulator.clearRequests();
    const response = await crossOriginPost(t, APP, EXAMPLE_OPERATION);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(csvOf(response, 'access-control-expose-headers')).toEqual(['x-request-id']);
    expect(csvOf(response, 'vary')).toContain('origin');
    const body = (await response.json()) as {
      data?: { opportunities: { nodes: unknown[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.opportunities.nodes).toHaveLength(10);
    expect(t.lsq.requests().length).toBeGreaterThan(0);
  });

  it('gives a POST from an unlisted origin no Access-Control-Allow-Origin', async () => {
    const response = await crossOriginPost(t, STRANGER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a simple text/plain POST from a listed origin is refused', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('keeps CSRF prevention: a simple GET from a listed origin is refused', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { origin: APP },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('runs a GET from a listed origin that carries apollo-require-preflight', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { origin: APP, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('adds no CORS header outside /graphql', async () => {
    const response = await fetch(`${t.url}/health`, { headers: { origin: APP } });
    expect(corsHeaders(response)).toEqual({});
  });
});

describe('CORS without CORS_ORIGINS (the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('sends no CORS header on a preflight', async () => {
    const response = await preflight(t, APP);
    expect(corsHeaders(response)).toEqual({});
  });

  it('sends no CORS header on a cross-origin POST', async () => {
    const response = await crossOriginPost(t, APP);
    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({});
  });
});

describe('CORS_ORIGINS=* (development and test only)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: '*' });
  });
  afterAll(() => t.stop());

  it('allows any origin, without credentials', async () => {
    const response = await preflight(t, STRANGER);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(csvOf(response, 'access-control-allow-headers')).toEqual(REQUESTED_HEADERS);
  });
});
