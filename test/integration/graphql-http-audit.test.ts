/*
 * The GraphQL-over-HTTP conformance audit of graphql-http against the real server over HTTP: no
 * requirement broken (error) and no recommendation missed (warn), with Bearer tokens checked
 * against a JWKS and with no auth at all. Production refuses introspection on purpose, and the
 * audit's two variables checks read `__type` back: those, and only those, fail there.
 * The notices left are GET requests without a preflight header, which Apollo's CSRF prevention
 * refuses on purpose (docs/http.md).
 */
import { auditServer, type AuditResult } from 'graphql-http';
import { READ_SCOPE } from '../../src/server/auth/auth.plugin.js';
import { INTROSPECTION_DISABLED_MESSAGE } from '../../src/server/hardening/introspection-message.plugin.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { startTestApp } from '../support/test-app.js';

/** Every result that is not ok, one line each, with the body the server answered. */
async function describeFailures(results: readonly AuditResult[]): Promise<string> {
  const lines: string[] = [];
  for (const result of results) {
    if (result.status === 'ok') continue;
    const body = await result.response
      .clone()
      .text()
      .catch(() => '(no body)');
    lines.push(
      `${result.status} ${result.id} ${result.name}: ${result.reason} ` +
        `[${result.response.status}] ${body.slice(0, 200)}`,
    );
  }
  return lines.join('\n');
}

/** Counts by status, and the not-ok ones in full, so a failing expectation shows what failed. */
async function summary(results: readonly AuditResult[]) {
  const count = (status: AuditResult['status']) =>
    results.filter((result) => result.status === status).length;
  return {
    ok: count('ok'),
    warn: count('warn'),
    error: count('error'),
    notice: count('notice'),
    failures: await describeFailures(results.filter((r) => r.status !== 'notice')),
    notices: await describeFailures(results.filter((r) => r.status === 'notice')),
  };
}

/** Every request of the audit with this caller's Bearer token, as a client behind the router. */
function withToken(token: string) {
  return (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.headers.set('authorization', `Bearer ${token}`);
    return fetch(request);
  };
}

describe('graphql-http audit', () => {
  let issuer: TestIssuer;
  let token: string;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    token = await issuer.sign({ scope: READ_SCOPE });
  });
  afterAll(() => issuer?.stop());

  it('with Bearer tokens against a JWKS: no audit warns or errs', async () => {
    const t = await startTestApp(issuer.env());
    try {
      const found = await summary(
        await auditServer({ url: `${t.url}/graphql`, fetchFn: withToken(token) }),
      );
      expect({ warn: found.warn, error: found.error, failures: found.failures }).toEqual({
        warn: 0,
        error: 0,
        failures: '',
      });
      expect(found.ok).toBeGreaterThan(50);
      // Every audited operation was let in: auth hid nothing the audit checks.
      expect(t.logs.lines().filter((line) => line.auth === 'refused')).toEqual([]);
    } finally {
      await t.stop();
    }
  });

  it('without auth (development serves openly): no audit warns or errs', async () => {
    const t = await startTestApp();
    try {
      const found = await summary(await auditServer({ url: `${t.url}/graphql` }));
      expect({ warn: found.warn, error: found.error, failures: found.failures }).toEqual({
        warn: 0,
        error: 0,
        failures: '',
      });
    } finally {
      await t.stop();
    }
  });

  it('production: only the audits that query __type fail, refused as introspection', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', ...issuer.env() });
    try {
      const results = await auditServer({ url: `${t.url}/graphql`, fetchFn: withToken(token) });
      const failing = results.filter((r) => r.status === 'warn' || r.status === 'error');
      // The two POST audits that read `__type(name: $name)` back to check the variables arrived
      // (the utf-8 audit queries `__type` too, but only checks for a 200, which it gets).
      expect(failing.map((r) => r.id).sort()).toEqual(['28B9', '2EA1']);
      for (const result of failing) {
        if (result.status === 'ok') continue;
        const body = (await result.response.clone().json()) as { errors: unknown[] };
        expect(body.errors).toEqual([
          expect.objectContaining({
            message: INTROSPECTION_DISABLED_MESSAGE,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        ]);
      }
    } finally {
      await t.stop();
    }
  });
});
