/*
 * Two replicas on one Redis and one Account Engagement business unit, the simulators in their own
 * process (test/support/replica-set.ts): one access token for both, one refresh when the API
 * refuses it, at most five requests in flight across both, a record or page cached by one served
 * by the other, and a write through either seen by both at once. Every count comes from the
 * simulator's request log, which sees both replicas' calls.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient } from 'redis';
import {
  AeOpportunityDocument,
  AePageWithoutProspectsDocument,
  AeUpdateDocument,
} from '../../__generated__/graphql.js';
import { startReplicaSet, type Replica, type ReplicaSet } from '../../support/replica-set.js';
import { expectNoSecrets, TEST_SECRETS } from '../../support/test-app.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { aeId, live, maxInFlight } from '../account-engagement-support.js';

/** Long enough that nothing expires during the file: what is fetched again was invalidated. */
const TTLS = {
  ACCOUNT_ENGAGEMENT_CACHE_RECORD_TTL_MS: '600000',
  ACCOUNT_ENGAGEMENT_CACHE_LISTING_TTL_MS: '600000',
};

let set: ReplicaSet;
let redis: ReturnType<typeof createClient>;
/** Every response body, for the secret check at the end. */
const answers: string[] = [];

const apiCalls = async () =>
  (await set.requests('accountEngagement')).filter((entry) => entry.operation !== 'oauth.token');
const tokenRequests = async () => (await set.requests('accountEngagement', 'oauth.token')).length;

async function ask<TData, TVariables>(
  replica: Replica,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await replica.graphql(document, variables);
  answers.push(response.text);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const opportunity = (replica: Replica, id: string) => ask(replica, AeOpportunityDocument, { id });
const page = (replica: Replica, first: number) =>
  ask(replica, AePageWithoutProspectsDocument, { first });

/**
 * Live opportunity ids: the simulator process seeds the same records as a simulator built here
 * with the same count and seed (never started, only its data is read).
 */
const records = live(createAccountEngagementSimulator({ records: 4500 }));
const ids = records.map((o) => aeId(o.id));

/**
 * Ids more than 200 apart (the span one range query covers): look-ups waiting for a slot at the
 * same moment merge into one range query, so tests that count one call per look-up use these,
 * each of which can only be a lone read.
 */
const loneIds: string[] = [];
for (let last = -Infinity, i = 0; i < records.length; i += 1) {
  if (records[i]!.id - last <= 200) continue;
  loneIds.push(aeId(records[i]!.id));
  last = records[i]!.id;
}

beforeAll(async () => {
  set = await startReplicaSet({ replicas: 2, env: { SIMULATOR_RECORDS: '4500', ...TTLS } });
  redis = createClient({ url: set.redis.url });
  await redis.connect();
  // Both replicas' connections are up before the first request, or one would run on its own.
  for (let waited = 0; ; waited += 20) {
    const clients = String(await redis.sendCommand(['CLIENT', 'LIST']))
      .trim()
      .split('\n');
    if (clients.length >= 3) break;
    if (waited > 5_000) throw new Error('the replicas did not connect to redis');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // A replica's first request runs much code for the first time: done here, with no Redis traffic.
  for (const replica of set.replicas) await replica.graphql('{ __typename }');
}, 120_000);

afterAll(async () => {
  await redis?.quit();
  await set?.stop();
});

let testStartedAt = 0;
beforeEach(async () => {
  await set.clearFaults();
  testStartedAt = Date.now();
});

/**
 * A Redis command unanswered within 500 ms (a starved machine, an event loop stalled past the
 * command timeout) turns a replica to its local fallback for a second, which explains a second
 * token or a sixth call: checked before the counts, so that such a failure names its cause.
 */
function expectSharedThroughout(): void {
  const degraded = set.replicas.flatMap((replica) =>
    replica.logs
      .lines()
      .filter((line) => line.sharedState === 'degraded')
      .filter((line) => Date.parse(String(line.time)) >= testStartedAt)
      .map((line) => `replica ${replica.index}: ${String(line.msg)}`),
  );
  expect(degraded).toEqual([]);
}

describe('Account Engagement across two replicas', () => {
  it('fetches one access token for both replicas, however many requests need one at once', async () => {
    const [a, b] = set.replicas as [Replica, Replica];
    await set.clearRequests('accountEngagement');
    // A slow token endpoint: the second replica asks while the first is still fetching.
    await set.setFaults('accountEngagement', [{ operation: 'oauth.token', latencyMs: 300 }]);
    const read = await Promise.all(
      [a, b, a, b].map((replica, index) => opportunity(replica, loneIds[index]!)),
    );
    expect(read.map((answer) => answer.opportunity?.id)).toEqual(loneIds.slice(0, 4));
    expectSharedThroughout();
    expect(await tokenRequests()).toBe(1);
    expect((await apiCalls()).length).toBe(4);
  });

  it('refreshes once when the API refuses the token on both replicas at the same time', async () => {
    const [a, b] = set.replicas as [Replica, Replica];
    await set.clearRequests('accountEngagement');
    // Each replica's first read is refused (184); the slow refresh keeps the retries after both.
    await set.setFaults('accountEngagement', [
      { operation: 'oauth.token', latencyMs: 300 },
      { operation: 'opportunity.read', status: 401, times: 2 },
    ]);
    const [first, second] = await Promise.all([opportunity(a, ids[10]!), opportunity(b, ids[30]!)]);
    expect(first.opportunity?.id).toBe(ids[10]);
    expect(second.opportunity?.id).toBe(ids[30]);
    expectSharedThroughout();
    const reads = (await apiCalls()).map((entry) => entry.status);
    expect(reads.toSorted((x, y) => x - y)).toEqual([200, 200, 401, 401]);
    expect(await tokenRequests()).toBe(1);
  });

  it('a replica refused a token the other has already replaced takes the new one', async () => {
    const [a, b] = set.replicas as [Replica, Replica];
    await set.clearRequests('accountEngagement');
    await set.setFaults('accountEngagement', [
      { operation: 'opportunity.read', status: 401, times: 1 },
    ]);
    await opportunity(a, ids[11]!);
    expect(await tokenRequests()).toBe(1);
    await set.setFaults('accountEngagement', [
      { operation: 'opportunity.read', status: 401, times: 1 },
    ]);
    await opportunity(b, ids[31]!);
    expectSharedThroughout();
    // The stored token is no longer the refused one: no second refresh.
    expect(await tokenRequests()).toBe(1);
    expect((await apiCalls()).map((entry) => entry.status)).toEqual([401, 200, 401, 200]);
  });

  it('never has more than five requests in flight across both replicas', async () => {
    await set.clearRequests('accountEngagement');
    await set.setFaults('accountEngagement', [{ operation: 'opportunity.read', latencyMs: 150 }]);
    // 16 reads of distinct, uncached ids: each replica alone would send five at once.
    const reads = loneIds
      .slice(4, 20)
      .map((id, index) => opportunity(set.replicas[index % 2]!, id));
    const answered = await Promise.all(reads);
    expect(answered.map((answer) => answer.opportunity?.id)).toEqual(loneIds.slice(4, 20));
    expectSharedThroughout();
    const calls = await apiCalls();
    expect(calls.length).toBe(16);
    // Error 66 (over the limit) would be an error envelope: every call was answered 200.
    expect(calls.filter((entry) => entry.status !== 200)).toEqual([]);
    const most = maxInFlight(calls);
    expect(most).toBeLessThanOrEqual(5);
    // The slots were shared, not merely unused.
    expect(most).toBeGreaterThanOrEqual(3);
  });

  it('serves a record and a page cached by one replica from the other without a call', async () => {
    const [a, b] = set.replicas as [Replica, Replica];
    await set.clearRequests('accountEngagement');
    const fromA = await opportunity(a, ids[60]!);
    const pageFromA = await page(a, 5);
    expect((await apiCalls()).map((entry) => entry.operation)).toEqual([
      'opportunity.read',
      'opportunity.query',
    ]);
    await set.clearRequests('accountEngagement');
    expect(await opportunity(b, ids[60]!)).toEqual(fromA);
    expect(await page(b, 5)).toEqual(pageFromA);
    expectSharedThroughout();
    expect(await apiCalls()).toEqual([]);
  });

  it('after an update through either replica, both read the new value, by id and in a page', async () => {
    const replicas = set.replicas as [Replica, Replica];
    const target = (await page(replicas[0], 5)).accountEngagementOpportunities!.nodes[2]!.id;
    for (const [writer, name] of [
      [replicas[0], 'Renamed through replica 0'],
      [replicas[1], 'Renamed through replica 1'],
    ] as const) {
      // Both replicas hold the old value in the shared cache first.
      for (const replica of replicas) {
        await opportunity(replica, target);
        await page(replica, 5);
      }
      await ask(writer, AeUpdateDocument, { id: target, input: { name } });
      for (const replica of replicas) {
        expect((await opportunity(replica, target)).opportunity?.name).toBe(name);
        const nodes = (await page(replica, 5)).accountEngagementOpportunities!.nodes;
        expect(nodes.find((node) => node.id === target)?.name).toBe(name);
      }
    }
  });

  it('keeps the token out of key names, logs and responses', async () => {
    const keys = (await redis.keys('*')) as string[];
    const tokenKeys = keys.filter((key) => key.includes('|token|'));
    expect(tokenKeys).toHaveLength(1);
    const token = JSON.parse((await redis.get(tokenKeys[0]!)) as string) as unknown;
    expect(typeof token).toBe('string');
    const secrets = [
      token as string,
      SIMULATOR_CLIENT_SECRET,
      SIMULATOR_REFRESH_TOKEN,
      ...TEST_SECRETS,
    ];
    expectNoSecrets(keys.join('\n'), secrets);
    for (const replica of set.replicas) expectNoSecrets(replica.logs.text(), secrets);
    expectNoSecrets(answers.join('\n'), secrets);
  });
});
