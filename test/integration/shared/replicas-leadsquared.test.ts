/*
 * Two replicas on one Redis, against the simulators' own process: the LeadSquared account's quota
 * is one window for both, and a record one replica cached is served by the other.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { startReplicaSet, type ReplicaSet } from '../../support/replica-set.js';
import { expectNoSecrets } from '../../support/test-app.js';
import { maxInAnyWindow } from '../../support/request-windows.js';
import { seededLeadSquaredRecords, lsqId } from '../../support/leadsquared-records.js';

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;
type Nodes = { nodes: ({ id: string; name: string | null } | null)[] };

const RECORDS = seededLeadSquaredRecords();

describe('LeadSquared across two replicas on one Redis', () => {
  let set: ReplicaSet;
  let redis: ReturnType<typeof createClient>;
  beforeAll(async () => {
    set = await startReplicaSet({
      replicas: 2,
      env: { REQUEST_TIMEOUT_MS: '30000', LEADSQUARED_CACHE_RECORD_TTL_MS: '60000' },
    });
    redis = createClient({ url: set.redis.url });
    await redis.connect();
  }, 90_000);
  afterAll(async () => {
    await redis?.close();
    await set?.stop();
  });

  it('60 look-ups of 30 ids spread over both: never more than 25 calls in 5 s, none throttled, each gets its records', async () => {
    await set.clearRequests();
    const groups = Array.from({ length: 60 }, (_, group) =>
      RECORDS.slice(group * 30, group * 30 + 30),
    );
    // Spread over 2.4 s, as a dashboard's users arrive; test/integration/state/shared-limiters.test.ts
    // shows the window shared call by call.
    const responses = await Promise.all(
      groups.map(async (records, index) => {
        await sleep(index * 40);
        return set.replicas[index % 2]!.graphql<Nodes>(NODES, { ids: records.map(lsqId) });
      }),
    );
    responses.forEach((response, index) => {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.nodes).toEqual(
        groups[index]!.map((record) => ({ id: lsqId(record), name: record.mx_Custom_1 })),
      );
    });
    const calls = await set.requests('leadSquared');
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(maxInAnyWindow(calls, 5_000)).toBeLessThanOrEqual(25);
    // Each replica merges what waits for quota: far fewer calls than look-ups.
    expect(calls.length).toBeLessThanOrEqual(30);
    for (const replica of set.replicas) expectNoSecrets(replica.logs.text());
  }, 60_000);

  it('a record cached by one replica is served by the other without an upstream call', async () => {
    const records = RECORDS.slice(2_000, 2_005);
    const ids = records.map(lsqId);
    // A replica that saw Redis time out three times in a row (the load of the test before) skips
    // it for a second: both must be on Redis before the count below means anything.
    for (let i = 0; i < 40 && !set.replicas.every((r) => r.app.sharedState.health.usable); i += 1)
      await sleep(50);
    // On a loaded machine one Redis call can time out, and then the read is simply not stored
    // (the cache never fails a request): read until the five records are in Redis.
    const stored = async () => {
      const keys = await redis.keys('og:cache:v:*LEADSQUARED|opportunity*');
      return records.every((r) =>
        keys.some((key) => key.endsWith(r.ProspectActivityId.toLowerCase())),
      );
    };
    for (let attempt = 0; attempt < 3 && !(await stored()); attempt += 1) {
      const first = await set.replicas[0]!.graphql<Nodes>(NODES, { ids });
      expect(first.body.errors).toBeUndefined();
    }
    expect(await stored()).toBe(true);
    await set.clearRequests();

    const second = await set.replicas[1]!.graphql<Nodes>(NODES, { ids });
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data?.nodes).toEqual(
      records.map((record) => ({ id: lsqId(record), name: record.mx_Custom_1 })),
    );
    expect(await set.requests('leadSquared', 'GetOpportunitiesById')).toHaveLength(0);
  });
});
