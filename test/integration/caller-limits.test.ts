/*
 * Per-caller limits (docs/callers.md): a verified caller (the token's `sub`) gets a share of each
 * source's quota and a request rate, so one busy caller cannot starve the others. The real server,
 * the LeadSquared simulator (25 calls per 5 s), and tokens from a JWKS served by the test.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';
import { maxInAnyWindow } from '../support/request-windows.js';
import { listingAs, type ListingAnswer } from '../support/caller-limits.js';

const TIMEOUT_MS = 8_000;

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await startTestIssuer();
});
afterAll(async () => {
  await issuer?.stop();
});

async function tokenOf(sub: string): Promise<string> {
  return issuer.sign({ scope: 'opportunities:read', sub });
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check() && Date.now() < end) await sleep(20);
}

/** A refusal of a caller's share: the field fails alone, before any upstream call. */
function expectShareRefusal(answer: ListingAnswer): void {
  expect(answer.status).toBe(200);
  expect(answer.body.data).toEqual({ leadSquaredOpportunities: null });
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  expect(error!.path).toEqual(['leadSquaredOpportunities']);
  expect(error!.extensions).toEqual({
    code: 'RATE_LIMITED',
    limit: 'quotaShare',
    source: 'LEADSQUARED',
    retryAfter: expect.any(Number),
  });
  const retryAfter = error!.extensions!.retryAfter as number;
  // Its turn would come in A's third window of 5 s (10 s, the margin, a slow answer).
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 15).toBe(true);
  expect(error!.message).toMatch(/share of the LeadSquared quota \(12 of its 25 calls per 5 s\)/);
}

describe('two callers, one hammering LeadSquared listings (CALLER_QUOTA_SHARE 0.5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...issuer.env(), REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("the other caller's listings complete with data within their deadline; the busy one gets RATE_LIMITED beyond its share; never over the account quota", async () => {
    const [a, b] = [await tokenOf('caller-a@example.com'), await tokenOf('caller-b')];
    // 50 distinct pages (one page size each): nothing is coalesced, every one needs a call. Alone
    // they would take the whole quota for two windows, past everybody's 8 s deadline.
    const hammering = Array.from({ length: 50 }, (_, i) => listingAs(t.url, a, i + 1));
    // B arrives once A's first calls have gone out and the rest of A's requests wait.
    await until(() => t.lsq.requests().length >= 12);
    await sleep(300);
    const other = await Promise.all([60, 61, 62].map((first) => listingAs(t.url, b, first)));
    const busy = await Promise.all(hammering);

    for (const [index, answer] of other.entries()) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.leadSquaredOpportunities?.nodes).toHaveLength(60 + index);
      expect(answer.durationMs).toBeLessThan(TIMEOUT_MS);
    }
    const served = busy.filter((answer) => answer.body.errors === undefined);
    const refused = busy.filter((answer) => answer.body.errors !== undefined);
    for (const answer of refused) expectShareRefusal(answer);
    served.forEach((answer) =>
      expect(answer.body.data?.leadSquaredOpportunities?.nodes).toHaveLength(answer.first),
    );
    // 12 of the account's 25 calls per 5 s are A's: two windows fit in A's 8 s at most.
    expect(served.length).toBeGreaterThanOrEqual(12);
    expect(served.length).toBeLessThanOrEqual(24);
    expect(refused.length).toBe(50 - served.length);

    const calls = t.lsq.requests();
    // One call per page served, none for a refusal, none throttled.
    expect(calls).toHaveLength(served.length + other.length);
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(maxInAnyWindow(calls, 5_000)).toBeLessThanOrEqual(25);
    for (const answer of [...busy, ...other]) expectNoSecrets(answer.text, [a, b]);
    expectNoSecrets(t.logs.text(), [a, b]);
  }, 30_000);
});

describe('the request rate (CALLER_REQUESTS_PER_MINUTE 3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...issuer.env(), CALLER_REQUESTS_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("refuses a caller's 4th request of the minute with 429, RATE_LIMITED and Retry-After, before any upstream call; another caller is not affected", async () => {
    const [a, b] = [await tokenOf('rate-a'), await tokenOf('rate-b')];
    for (const first of [1, 2, 3]) {
      const answer = await listingAs(t.url, a, first);
      expect(answer.body.errors).toBeUndefined();
    }
    t.lsq.clearRequests();

    const fourth = await listingAs(t.url, a, 4);
    expect(fourth.status).toBe(429);
    const retryAfter = Number(fourth.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(fourth.body).toEqual({
      errors: [
        {
          message: `Too many requests from this caller (at most 3 per minute); retry in ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', limit: 'requests', retryAfter },
        },
      ],
    });
    expect(t.lsq.requests()).toHaveLength(0);

    const others = await Promise.all([1, 2, 3].map((first) => listingAs(t.url, b, first)));
    for (const answer of others) expect(answer.body.errors).toBeUndefined();
    expect(t.lsq.requests()).toHaveLength(3);
    // Still refused: a refusal does not count, and A's minute has not passed.
    expect((await listingAs(t.url, a, 5)).status).toBe(429);
    expectNoSecrets(fourth.text, [a, b]);
    expectNoSecrets(t.logs.text(), [a, b]);
    expect(t.logs.text()).toContain('caller over its request rate');
  });
});

describe('without a verified caller (AUTH_MODE=none)', () => {
  it('applies no per-caller limit: the router in front does', async () => {
    const t = await startTestApp({ CALLER_REQUESTS_PER_MINUTE: '3' });
    try {
      const answers = await Promise.all(
        [1, 2, 3, 4, 5].map((first) => listingAs(t.url, '', first)),
      );
      for (const answer of answers) expect(answer.body.errors).toBeUndefined();
      expect(t.lsq.requests()).toHaveLength(5);
    } finally {
      await t.stop();
    }
  });
});
