/*
 * Callers need a Bearer JWT verified against the JWKS (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE),
 * with `opportunities:read` for queries and `opportunities:write` for mutations. Every refusal
 * comes before execution: the simulators' request logs stay empty.
 */
import { JWKS_COOLDOWN_MS } from '../../src/server/auth/token-verifier.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

const READ = `{ leadSquaredOpportunities(eventCode: 12003, first: 1) { nodes { id } } }`;
const INVITATIONS = `{ engagementInvitations(catalog: AWS, first: 5, filter: { statuses: [PENDING] }) { nodes { id status } } }`;
const REJECT = `mutation($id: ID!) { rejectEngagementInvitation(input: { invitationId: $id }) { id status } }`;
const SERVICE = `{ _service { sdl } }`;

let issuer: TestIssuer;
let t: TestApp;

beforeAll(async () => {
  issuer = await startTestIssuer();
  t = await startTestApp(issuer.env());
});
afterAll(async () => {
  await t?.stop();
  await issuer?.stop();
});

function upstreamCalls(): number {
  return t.lsq.requests().length + t.pc.requests().length + t.ae.requests().length;
}
function clearUpstream(): void {
  t.lsq.clearRequests();
  t.pc.clearRequests();
  t.ae.clearRequests();
}
const bearer = (token: string): { authorization?: string } => ({
  authorization: `Bearer ${token}`,
});

describe('authenticated callers', () => {
  beforeEach(clearUpstream);

  it.each<[string, () => Promise<{ authorization?: string }>]>([
    ['no token', async () => ({})],
    ['a token that is not Bearer', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    [
      'a forged signature',
      async () => bearer(await issuer.sign({ scope: 'opportunities:read' }, { forged: true })),
    ],
    [
      'an expired token',
      async () => bearer(await issuer.sign({ scope: 'opportunities:read', expiresIn: -120 })),
    ],
    [
      'a token not valid yet',
      async () => bearer(await issuer.sign({ scope: 'opportunities:read', notBeforeIn: 600 })),
    ],
    [
      'another audience',
      async () => bearer(await issuer.sign({ scope: 'opportunities:read', aud: 'someone-else' })),
    ],
    [
      'another issuer',
      async () =>
        bearer(await issuer.sign({ scope: 'opportunities:read', iss: 'https://evil.example/' })),
    ],
  ])(
    '%s: 401 UNAUTHENTICATED, no upstream call, nothing said about which check failed',
    async (_case, headers) => {
      const sent = await headers();
      const response = await t.graphql(READ, undefined, sent);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.body).toEqual({
        errors: [
          {
            message: 'Authentication required: send a valid Bearer token',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
      expect(upstreamCalls()).toBe(0);
      const token = sent.authorization?.replace(/^\S+\s+/, '');
      if (token) expectNoSecrets(response.text + t.logs.text(), [token]);
    },
  );

  it('a read-only token: 403 FORBIDDEN on a mutation, naming the scope, no upstream call', async () => {
    const token = await issuer.sign({ scope: 'opportunities:read' });
    const response = await t.graphql(REJECT, { id: 'pc:AWS:invitation:arn-1' }, bearer(token));
    expect(response.status).toBe(403);
    expect(response.body.errors).toEqual([
      {
        message: 'This operation needs the scope "opportunities:write"',
        extensions: { code: 'FORBIDDEN', scope: 'opportunities:write' },
      },
    ]);
    expect(upstreamCalls()).toBe(0);
    expectNoSecrets(response.text + t.logs.text(), [token]);
  });

  it('a write-only token cannot read: 403 naming opportunities:read', async () => {
    const response = await t.graphql(
      READ,
      undefined,
      bearer(await issuer.sign({ scp: ['opportunities:write'] })),
    );
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      scope: 'opportunities:read',
    });
    expect(upstreamCalls()).toBe(0);
  });

  it('a token with both scopes reads and writes, RS256 (scope string) and ES256 (scp array) alike', async () => {
    const rs = await issuer.sign({ scope: 'opportunities:read opportunities:write' });
    const es = await issuer.sign(
      { scp: ['opportunities:read', 'opportunities:write'] },
      { alg: 'ES256' },
    );
    const read = await t.graphql(READ, undefined, bearer(rs));
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    const listed = await t.graphql<{ engagementInvitations: { nodes: { id: string }[] } }>(
      INVITATIONS,
      undefined,
      bearer(es),
    );
    expect(listed.body.errors).toBeUndefined();
    const id = listed.body.data!.engagementInvitations.nodes[0]!.id;
    const rejected = await t.graphql(REJECT, { id }, bearer(es));
    expect(rejected.body.errors).toBeUndefined();
    expect(rejected.body.data).toEqual({ rejectEngagementInvitation: { id, status: 'REJECTED' } });
    expect(t.pc.requests('RejectEngagementInvitation')).toHaveLength(1);
  });

  it('fetches the JWKS again for a key it does not know (a rotation), not for every request', async () => {
    const before = issuer.fetches;
    await t.graphql(READ, undefined, bearer(await issuer.sign({ scope: 'opportunities:read' })));
    await t.graphql(READ, undefined, bearer(await issuer.sign({ scope: 'opportunities:read' })));
    expect(issuer.fetches).toBe(before);
    await issuer.rotate();
    // A new kid fetches the JWKS again once the cool-down since the last fetch has passed.
    await new Promise((resolve) => setTimeout(resolve, JWKS_COOLDOWN_MS + 100));
    const rotated = await t.graphql(
      READ,
      undefined,
      bearer(await issuer.sign({ scope: 'opportunities:read' })),
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.errors).toBeUndefined();
    expect(issuer.fetches).toBe(before + 1);
  }, 15_000);

  it('leaves _service open for the router composing the supergraph', async () => {
    const response = await t.graphql<{ _service: { sdl: string } }>(SERVICE);
    expect(response.status).toBe(200);
    expect(response.body.data?._service.sdl).toContain('type Opportunity');
  });
});
