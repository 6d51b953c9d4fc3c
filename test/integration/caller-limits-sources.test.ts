/*
 * A caller's share of the Partner Central and Account Engagement limits (docs/callers.md), at
 * CALLER_QUOTA_SHARE 0.5: 5 of ListOpportunities' 10 calls per second, 2 of Account Engagement's 5
 * concurrency slots. The busy caller waits for (or is refused) its own share; the other one's
 * calls go straight to the source.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestLogEntry } from '../../src/core/simulator/index.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { postGraphql } from '../support/post-graphql.js';
import { maxInAnyWindow } from '../support/request-windows.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

const PC_PAGE = `query($company: String!) {
  partnerCentralOpportunities(catalog: AWS, first: 1, filter: { customerCompanyNames: [$company] }) {
    nodes { id }
  }
}`;
const AE_PAGE = `query($first: Int!) { accountEngagementOpportunities(first: $first) { nodes { id } } }`;

let issuer: TestIssuer;
let t: TestApp | undefined;
beforeAll(async () => {
  issuer = await startTestIssuer();
});
afterEach(async () => {
  await t?.stop();
  t = undefined;
});
afterAll(async () => {
  await issuer?.stop();
});

const tokenOf = (sub: string) => issuer.sign({ scope: 'opportunities:read', sub });
const as = (token: string, query: string, variables: Record<string, unknown>) =>
  postGraphql(t!.url, query, variables, { authorization: `Bearer ${token}` });

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i += 1) await sleep(20);
}

/** The most calls of `entries` in flight at once (arrival to answer). */
function maxInFlight(entries: readonly RequestLogEntry[]): number {
  return Math.max(
    0,
    ...entries.map(
      ({ receivedAtMs: at }) =>
        entries.filter((e) => e.receivedAtMs <= at && at < e.receivedAtMs + e.durationMs!).length,
    ),
  );
}

describe("a caller's share of other sources' limits", () => {
  it('Partner Central: 5 of the 10 ListOpportunities calls per second; past the 2 s deadline RATE_LIMITED; the other caller is served', async () => {
    t = await startTestApp({
      ...issuer.env(),
      PARTNER_CENTRAL_QUOTA_SCALE: '1',
      REQUEST_TIMEOUT_MS: '2000',
    });
    const app = t;
    const [a, b] = [await tokenOf('pc-busy'), await tokenOf('pc-other')];
    // 20 distinct searches: 5 now, 5 a second later, perhaps 5 more, the rest after the deadline.
    const busy = Array.from({ length: 20 }, (_, i) => as(a, PC_PAGE, { company: `a-${i}` }));
    await until(() => app.pc.requests('ListOpportunities').length >= 5);
    const other = await Promise.all([0, 1, 2].map((i) => as(b, PC_PAGE, { company: `b-${i}` })));
    const answers = await Promise.all(busy);

    for (const answer of other) expect(answer.body.errors).toBeUndefined();
    const served = answers.filter((answer) => answer.body.errors === undefined);
    expect(served.length).toBeGreaterThanOrEqual(5);
    expect(served.length).toBeLessThanOrEqual(15);
    // On a loaded machine a turn granted at the deadline's edge can leave the call too little
    // time: that request ends UPSTREAM_TIMEOUT after its call reached the upstream.
    const timedOut = answers.filter(
      (x) => x.body.errors?.[0]?.extensions?.code === 'UPSTREAM_TIMEOUT',
    );
    expect(timedOut.length).toBeLessThanOrEqual(2);
    for (const answer of answers.filter((x) => x.body.errors !== undefined)) {
      if (timedOut.includes(answer)) continue;
      const [error] = answer.body.errors!;
      expect(error!.extensions).toEqual({
        code: 'RATE_LIMITED',
        limit: 'quotaShare',
        source: 'PARTNER_CENTRAL',
        retryAfter: expect.any(Number),
      });
      expect(error!.message).toContain(
        'share of the Partner Central ListOpportunities quota (5 of its 10 calls per 1 s)',
      );
    }
    const calls = app.pc.requests('ListOpportunities');
    expect(calls.length).toBeGreaterThanOrEqual(served.length + other.length);
    expect(calls.length).toBeLessThanOrEqual(served.length + other.length + timedOut.length);
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(maxInAnyWindow(calls, 1_000)).toBeLessThanOrEqual(10);
    const company = (call: RequestLogEntry) =>
      (call.body as { CustomerCompanyName?: string[] }).CustomerCompanyName?.[0] ?? '';
    const busyCalls = calls.filter((call) => company(call).startsWith('a-'));
    expect(busyCalls.length - served.length).toBeGreaterThanOrEqual(0);
    expect(busyCalls.length - served.length).toBeLessThanOrEqual(timedOut.length);
    expect(maxInAnyWindow(busyCalls, 1_000)).toBeLessThanOrEqual(5);
    expectNoSecrets(app.logs.text(), [a, b]);
  });

  it('Account Engagement: at most 2 of the 5 slots for one caller; the other caller gets a free slot at once', async () => {
    t = await startTestApp({ ...issuer.env(), REQUEST_TIMEOUT_MS: '15000' });
    const app = t;
    app.ae.setFaults([{ operation: 'opportunity.query', latencyMs: 1_500 }]);
    const queries = () => app.ae.requests('opportunity.query');
    const [a, b] = [await tokenOf('ae-busy'), await tokenOf('ae-other')];
    const busy = [1, 2, 3, 4, 5, 6].map((first) => as(a, AE_PAGE, { first }));
    await until(() => queries().length >= 2);
    await sleep(200);
    const other = await as(b, AE_PAGE, { first: 50 });
    const answers = await Promise.all(busy);

    expect(other.body.errors).toBeUndefined();
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const calls = queries();
    const mine = calls.filter((call) => call.query.limit !== '50');
    expect(mine).toHaveLength(6);
    expect(maxInFlight(mine)).toBeLessThanOrEqual(2);
    // The other caller's call went out third, while four of the busy caller's still waited for
    // its share (with no share they would have taken the free slots first).
    expect(calls.map((call) => call.query.limit).indexOf('50')).toBe(2);
  });
});
