import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import {
  JWT_BEARER_GRANT,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  SIMULATOR_USERNAME,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectXmlError,
  expectXmlOk,
  ManualClock,
  opportunityPath,
  startSimulator,
} from './support.js';

const TOKEN_PATH = '/services/oauth2/token';

interface TokenAnswer {
  readonly status: number;
  readonly body: Record<string, string>;
}

async function token(
  sim: AccountEngagementSimulator,
  form: Record<string, string>,
  method = 'POST',
): Promise<TokenAnswer> {
  const response = await fetch(new URL(TOKEN_PATH, sim.url), {
    method,
    headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
    body: method === 'POST' ? new URLSearchParams(form).toString() : undefined,
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

const refreshGrant = (overrides: Record<string, string> = {}) => ({
  grant_type: 'refresh_token',
  client_id: SIMULATOR_CLIENT_ID,
  client_secret: SIMULATOR_CLIENT_SECRET,
  refresh_token: SIMULATOR_REFRESH_TOKEN,
  ...overrides,
});

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(
  claims: Record<string, unknown>,
  options: { alg?: string; key?: Parameters<typeof sign>[2] } = {},
): string {
  const unsigned = `${b64url({ alg: options.alg ?? 'RS256', typ: 'JWT' })}.${b64url(claims)}`;
  const signature =
    options.key === undefined
      ? Buffer.from('not-a-real-signature').toString('base64url')
      : sign('RSA-SHA256', Buffer.from(unsigned), options.key).toString('base64url');
  return `${unsigned}.${signature}`;
}

describe('Account Engagement simulator: Salesforce OAuth token endpoint (docs/upstreams/account-engagement.md#token-endpoint)', () => {
  const clock = new ManualClock();
  let sim: AccountEngagementSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 20, now: clock.now, tokenTtlMs: 60_000 });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const goodClaims = () => ({
    iss: SIMULATOR_CLIENT_ID,
    sub: SIMULATOR_USERNAME,
    aud: 'https://login.salesforce.com',
    exp: Math.floor(clock.ms / 1000) + 180,
  });

  it('refresh_token grant answers the Salesforce token JSON with a working Bearer token', async () => {
    const { status, body } = await token(sim, refreshGrant());
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(
      [
        'access_token',
        'id',
        'instance_url',
        'issued_at',
        'scope',
        'signature',
        'token_type',
      ].sort(),
    );
    expect(body.token_type).toBe('Bearer');
    expect(body.issued_at).toBe(String(clock.ms));
    expect(body.instance_url).toBe(sim.url);
    expect(body.scope).toContain('pardot_api');
    expect(body.signature).toBe(
      createHmac('sha256', SIMULATOR_CLIENT_SECRET)
        .update(`${body.id}${body.issued_at}`)
        .digest('base64'),
    );
    const result = await call(sim, opportunityPath('query'), {
      token: body.access_token,
      params: { limit: '1' },
    });
    expectXmlOk(result);
  });

  it.each([
    [{ client_id: 'someone-else' }, 'invalid_client_id', 'client identifier invalid'],
    [{ client_secret: 'wrong' }, 'invalid_client', 'invalid client credentials'],
    [{ refresh_token: 'stale' }, 'invalid_grant', 'expired access/refresh token'],
    [{ grant_type: 'client_credentials' }, 'unsupported_grant_type', 'grant type not supported'],
  ])('refresh grant with %j → 400 %s', async (overrides, error, description) => {
    const { status, body } = await token(sim, refreshGrant(overrides));
    expect({ status, body }).toEqual({
      status: 400,
      body: { error, error_description: description },
    });
  });

  it('only answers POST', async () => {
    const { status, body } = await token(sim, {}, 'GET');
    expect({ status, error: body.error }).toEqual({ status: 400, error: 'invalid_request' });
  });

  it('JWT bearer grant: accepts a well-formed assertion with the right claims', async () => {
    const { status, body } = await token(sim, {
      grant_type: JWT_BEARER_GRANT,
      assertion: jwt(goodClaims()),
    });
    expect(status).toBe(200);
    expect(body.token_type).toBe('Bearer');
    expectXmlOk(
      await call(sim, opportunityPath('query'), {
        token: body.access_token,
        params: { limit: '1' },
      }),
    );
  });

  it('JWT bearer grant: aud may be the test host or an array', async () => {
    for (const aud of ['https://test.salesforce.com', ['x', 'https://login.salesforce.com']]) {
      const { status } = await token(sim, {
        grant_type: JWT_BEARER_GRANT,
        assertion: jwt({ ...goodClaims(), aud }),
      });
      expect(status).toBe(200);
    }
  });

  it.each([
    ['wrong iss', 'invalid_client_id', { iss: 'other-app' }],
    ['wrong sub', 'invalid_grant', { sub: 'someone@else.example.com' }],
    ['wrong aud', 'invalid_grant', { aud: 'https://example.com' }],
    ['expired', 'invalid_grant', { exp: Math.floor(Date.parse('2026-01-15T11:59:00Z') / 1000) }],
    ['exp missing', 'invalid_grant', { exp: undefined }],
  ])('JWT bearer grant: %s → %s', async (_label, error, change) => {
    const { status, body } = await token(sim, {
      grant_type: JWT_BEARER_GRANT,
      assertion: jwt({ ...goodClaims(), ...change }),
    });
    expect({ status, error: body.error }).toEqual({ status: 400, error });
  });

  it.each([
    ['not a JWT', 'abc.def'],
    ['bad JSON', 'a.b.c'],
    ['alg HS256', jwt({}, { alg: 'HS256' })],
    ['empty', ''],
  ])('JWT bearer grant: malformed assertion (%s) is refused', async (_label, assertion) => {
    const { status, body } = await token(sim, { grant_type: JWT_BEARER_GRANT, assertion });
    expect(status).toBe(400);
    expect(['invalid_grant', 'invalid_request']).toContain(body.error);
  });

  it('JWT bearer grant verifies RS256 signatures when given the public key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signed = await startSimulator({
      records: 5,
      now: clock.now,
      oauth: { jwtPublicKey: publicKey },
    });
    try {
      const good = await token(signed, {
        grant_type: JWT_BEARER_GRANT,
        assertion: jwt(goodClaims(), { key: privateKey }),
      });
      expect(good.status).toBe(200);
      for (const assertion of [jwt(goodClaims(), { key: other.privateKey }), jwt(goodClaims())]) {
        const bad = await token(signed, { grant_type: JWT_BEARER_GRANT, assertion });
        expect({ status: bad.status, error: bad.body.error }).toEqual({
          status: 400,
          error: 'invalid_grant',
        });
      }
    } finally {
      await signed.stop();
    }
  });

  it('accepts custom credentials instead of the defaults', async () => {
    const custom = await startSimulator({
      records: 5,
      oauth: { clientId: 'my-app', clientSecret: 'my-secret', refreshToken: 'my-refresh' },
    });
    try {
      const ok = await token(custom, {
        grant_type: 'refresh_token',
        client_id: 'my-app',
        client_secret: 'my-secret',
        refresh_token: 'my-refresh',
      });
      expect(ok.status).toBe(200);
      expect((await token(custom, refreshGrant())).status).toBe(400);
    } finally {
      await custom.stop();
    }
  });

  it('tokens expire after tokenTtlMs on the simulator clock (then 184)', async () => {
    const { body } = await token(sim, refreshGrant());
    const use = () =>
      call(sim, opportunityPath('query'), { token: body.access_token, params: { limit: '1' } });
    clock.advance(59_000);
    expect((await use()).status).toBe(200);
    clock.advance(1_000);
    try {
      expect(expectXmlError(await use(), 184, 401)).toBe(
        'access_token is invalid, unknown, or malformed',
      );
    } finally {
      clock.advance(-60_000);
    }
  });

  it('reset() and expireAllTokens() revoke issued tokens', async () => {
    const first = await token(sim, refreshGrant());
    sim.expireAllTokens();
    expectXmlError(
      await call(sim, opportunityPath('query'), { token: first.body.access_token }),
      184,
      401,
    );
    const second = await token(sim, refreshGrant());
    sim.reset();
    expectXmlError(
      await call(sim, opportunityPath('query'), { token: second.body.access_token }),
      184,
      401,
    );
  });

  it('never logs client secrets, refresh tokens, assertions or access tokens', async () => {
    sim.clearRequests();
    const assertion = jwt(goodClaims());
    const issued = await token(sim, refreshGrant());
    await token(sim, { grant_type: JWT_BEARER_GRANT, assertion });
    await call(sim, opportunityPath('query'), { token: issued.body.access_token });
    // Also a secret sent (wrongly) in the query string.
    await fetch(new URL(`${TOKEN_PATH}?client_secret=${SIMULATOR_CLIENT_SECRET}`, sim.url), {
      method: 'POST',
    });
    const viaControl = await (await fetch(new URL('/__simulator/requests', sim.url))).text();
    const direct = JSON.stringify(sim.requests());
    for (const log of [viaControl, direct]) {
      for (const secret of [
        SIMULATOR_CLIENT_SECRET,
        SIMULATOR_REFRESH_TOKEN,
        assertion,
        issued.body.access_token ?? '',
      ]) {
        expect(log).not.toContain(secret);
      }
      expect(log).toContain('client_secret=[redacted]');
    }
    expect(sim.requests('oauth.token')).toHaveLength(3);
    expect(sim.requests('opportunity.query')).toHaveLength(1);
    expect(sim.requests('oauth.token')[0]?.body).toContain(`client_id=${SIMULATOR_CLIENT_ID}`);
  });
});
