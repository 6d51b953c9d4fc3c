/*
 * Per-caller limits across two replicas on one Redis (docs/callers.md): a caller's request rate
 * and its share of the LeadSquared quota are the fleet's, whichever replica each request reaches,
 * and the keys in Redis name the caller by a digest only.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { startReplicaSet, type ReplicaSet } from '../support/replica-set.js';
import { expectNoSecrets } from '../support/test-app.js';
import { listingAs } from '../support/caller-limits.js';
import { postGraphql } from '../support/post-graphql.js';

/** A request that passes auth and the rate, then fails its argument: no upstream call at all. */
const NO_CALL = `{ node(id: "lsq:not-an-id") { id } }`;

const RATE = 10;

describe('per-caller limits on two replicas sharing Redis', () => {
  let issuer: TestIssuer;
  let set: ReplicaSet;
  let redis: ReturnType<typeof createClient>;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    set = await startReplicaSet({
      replicas: 2,
      env: {
        ...issuer.env(),
        CALLER_REQUESTS_PER_MINUTE: String(RATE),
        // 8 calls per 5 s: a caller's share is 4 of them, fleet-wide.
        LEADSQUARED_QUOTA_CALLS: '8',
        REQUEST_TIMEOUT_MS: '3000',
      },
    });
    redis = createClient({ url: set.redis.url });
    await redis.connect();
    // Both replicas must be on Redis before the counts below mean anything.
    for (let i = 0; i < 40 && !set.replicas.every((r) => r.app.sharedState.health.usable); i += 1)
      await sleep(50);
  }, 90_000);
  afterAll(async () => {
    await redis?.close();
    await set?.stop();
    await issuer?.stop();
  });

  const tokenOf = (sub: string) => issuer.sign({ scope: 'opportunities:read', sub });
  const send = (index: number, token: string) =>
    postGraphql(set.replicas[index % 2]!.url, NO_CALL, undefined, {
      authorization: `Bearer ${token}`,
    });

  it(`refuses a caller's request number ${RATE + 1} of the minute, whichever replica it reaches`, async () => {
    const [token, other] = [await tokenOf('fleet-rate@example.com'), await tokenOf('fleet-other')];
    await set.clearRequests();
    const admitted = [];
    for (let i = 0; i < RATE; i += 1) admitted.push(await send(i, token));
    for (const answer of admitted) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    for (const index of [0, 1]) {
      const refused = await send(index, token);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'requests',
      });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect((await send(1, other)).status).toBe(200);
    expect(await set.requests('leadSquared')).toEqual([]);

    // The caller's windows in Redis are named by a digest, never by its sub.
    const keys = await redis.keys('og:quota:{caller:*');
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.join(' ')).not.toMatch(/fleet-rate|fleet-other|example/);
    for (const key of keys) expect(key).toMatch(/^og:quota:\{caller:[0-9a-f]{16}:requests\}$/);
  });

  it("holds a caller to its share of the LeadSquared quota across both replicas; another caller's listings are served", async () => {
    const [busy, other] = [await tokenOf('fleet-busy'), await tokenOf('fleet-quiet')];
    await set.clearRequests();
    // 10 distinct pages, half on each replica, against a share of 4 calls per 5 s: a window
    // more would pass the 3 s deadline.
    const hammering = Array.from({ length: RATE }, (_, i) =>
      listingAs(set.replicas[i % 2]!.url, busy, i + 1),
    );
    await sleep(300);
    const quiet = await Promise.all(
      [30, 31].map((first, i) => listingAs(set.replicas[i]!.url, other, first)),
    );
    const answers = await Promise.all(hammering);

    for (const answer of quiet) expect(answer.body.errors).toBeUndefined();
    const served = answers.filter((answer) => answer.body.errors === undefined);
    const refused = answers.filter((answer) => answer.body.errors !== undefined);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(served.length).toBeLessThanOrEqual(4);
    for (const answer of refused) {
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'quotaShare',
        source: 'LEADSQUARED',
      });
    }
    const calls = await set.requests('leadSquared');
    expect(calls).toHaveLength(served.length + quiet.length);
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    for (const replica of set.replicas) expectNoSecrets(replica.logs.text(), [busy, other]);
  });
});
