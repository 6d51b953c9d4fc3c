/*
 * A token is never echoed: not when the Authorization header carries one the server refuses
 * (malformed, forged, oversized, another scheme, a header that is not a JWT header), and not when
 * a client puts one where a value belongs (an argument, a variable, a cursor, an operation name).
 * Every response body, every response header and every log line is searched for the token and
 * for its payload and signature alone, so a token cut short does not pass either.
 */
import { READ_SCOPE } from '../../src/server/auth/auth.plugin.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

const READ = '{ opportunities(first: 1) { nodes { id } } }';

let issuer: TestIssuer;
let t: TestApp;
let reader: string;
beforeAll(async () => {
  issuer = await startTestIssuer();
  t = await startTestApp({ NODE_ENV: 'production', ...issuer.env() });
  reader = await issuer.sign({ scope: READ_SCOPE });
});
afterAll(async () => {
  await t?.stop();
  await issuer?.stop();
});
beforeEach(() => t.logs.clear());

const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** A JWT's shape with a header and payload of our choosing and a made-up signature. */
function jwtShaped(header: object, payload: object): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url('sig-'.repeat(16))}`;
}

/** The token, its payload and its signature: none may appear anywhere. */
function secretsOf(token: string): string[] {
  const [, payload, signature] = token.split('.');
  return [
    token,
    ...[payload, signature].filter((part): part is string => !!part && part.length > 8),
  ];
}

interface Sent {
  status: number;
  text: string;
  headers: string;
}

async function send(body: unknown, authorization?: string): Promise<Sent> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(body),
  });
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return { status: response.status, text: await response.text(), headers };
}

function expectNowhere(sent: Sent, token: string): void {
  const secrets = secretsOf(token);
  expectNoSecrets(sent.text, secrets);
  expectNoSecrets(sent.headers, secrets);
  expectNoSecrets(t.logs.text(), secrets);
}

describe('a refused Authorization header is never echoed', () => {
  it.each<[string, () => Promise<string>, (token: string) => string]>([
    ['a malformed token', async () => 'not-a-jwt-Q3v9ZxK2mL7pR4tW', (x) => `Bearer ${x}`],
    [
      'a forged signature',
      () => issuer.sign({ scope: READ_SCOPE }, { forged: true }),
      (x) => `Bearer ${x}`,
    ],
    [
      'an expired token',
      () => issuer.sign({ scope: READ_SCOPE, expiresIn: -60 }),
      (x) => `Bearer ${x}`,
    ],
    [
      'a JWT header that is not JSON',
      async () => `${b64url('not json')}.${b64url('{"sub":"x"}')}.c2lnbmF0dXJlLXZhbHVl`,
      (x) => `Bearer ${x}`,
    ],
    [
      'alg none',
      async () => jwtShaped({ alg: 'none', typ: 'JWT' }, { sub: 'mallory', scope: READ_SCOPE }),
      (x) => `Bearer ${x}`,
    ],
    [
      'an unknown kid',
      async () => jwtShaped({ alg: 'RS256', kid: 'no-such-key' }, { sub: 'mallory' }),
      (x) => `Bearer ${x}`,
    ],
    [
      'an oversized token (12 KB)',
      async () => jwtShaped({ alg: 'RS256', kid: 'rs-1' }, { pad: 'p'.repeat(9_000) }),
      (x) => `Bearer ${x}`,
    ],
    ['another scheme', () => issuer.sign({ scope: READ_SCOPE }), (x) => `Token ${x}`],
    ['no scheme', () => issuer.sign({ scope: READ_SCOPE }), (x) => x],
    ['Basic credentials', async () => b64url('user:hunter2-9f8e7d6c'), (x) => `Basic ${x}`],
  ])('%s: 401, and the token is nowhere', async (_case, token, header) => {
    const value = await token();
    const sent = await send({ query: READ }, header(value));
    expect(sent.status).toBe(401);
    expect(JSON.parse(sent.text).errors).toEqual([
      {
        // Redaction leaves prose alone: "Bearer token" here is no credential.
        message: 'Authentication required: send a valid Bearer token',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expectNowhere(sent, value);
  });

  it('a header past the size Node accepts: refused before the app, and not echoed', async () => {
    const value = jwtShaped({ alg: 'RS256' }, { pad: 'p'.repeat(20_000) });
    const sent = await send({ query: READ }, `Bearer ${value}`);
    expect(sent.status).toBe(431);
    expectNowhere(sent, value);
  });
});

describe('a token where a value belongs is never echoed', () => {
  const variables = (token: string) => ({ v: token });
  it.each<[string, (token: string) => object]>([
    ['an ID argument', (x) => ({ query: `{ opportunity(id: "${x}") { id } }` })],
    ['a node id', (x) => ({ query: `{ node(id: "${x}") { id } }` })],
    ['an Int argument', (x) => ({ query: `{ opportunities(first: "${x}") { nodes { id } } }` })],
    [
      'an enum argument',
      (x) => ({ query: `{ partnerCentralOpportunities(catalog: "${x}") { nodes { id } } }` }),
    ],
    ['a cursor', (x) => ({ query: `{ opportunities(first: 1, after: "${x}") { nodes { id } } }` })],
    [
      'an Int variable',
      (x) => ({
        query: 'query($v: Int) { opportunities(first: $v) { nodes { id } } }',
        variables: variables(x),
      }),
    ],
    [
      'an ID variable in a list',
      (x) => ({ query: 'query($v: [ID!]!) { nodes(ids: $v) { id } }', variables: { v: [x] } }),
    ],
    [
      'a DateTime variable',
      (x) => ({
        query:
          'query($v: DateTime) { opportunities(first: 1, filter: { createdAfter: $v }) { nodes { id } } }',
        variables: variables(x),
      }),
    ],
    ['the operation name', (x) => ({ query: 'query A { __typename }', operationName: x })],
  ])('%s', async (_case, body) => {
    const token = await issuer.sign({ scope: READ_SCOPE, sub: 'caller-in-a-value' });
    const sent = await send(body(token), `Bearer ${reader}`);
    expect(sent.status).toBeLessThan(500);
    expect(JSON.parse(sent.text).errors?.length).toBeGreaterThan(0);
    expectNowhere(sent, token);
  });

  it('a Bearer credential that is no JWT, written into an argument, is not echoed either', async () => {
    const credential = 'opaque-credential-7Hq2Lx9Vw3Kp';
    const sent = await send(
      { query: `{ opportunity(id: "Bearer ${credential}") { id } }` },
      `Bearer ${reader}`,
    );
    expect(JSON.parse(sent.text).errors?.length).toBeGreaterThan(0);
    expectNowhere(sent, credential);
  });
});
