/*
 * Redis stopped in the middle of a run of two replicas: requests keep succeeding (each replica on
 * its local share of the quotas, reading upstreams without the shared cache) or fail with a
 * documented code within their deadline; /ready says degraded and why; nothing crashes; once Redis
 * is back, /ready is ready again and the replicas share their cache again.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { startReplicaSet, type Replica, type ReplicaSet } from '../../support/replica-set.js';
import { expectNoSecrets } from '../../support/test-app.js';
import { seededLeadSquaredRecords, lsqId } from '../../support/leadsquared-records.js';

const RECORDS = seededLeadSquaredRecords();

const LISTINGS = `{
  partnerCentralOpportunities(catalog: AWS, first: 5) { nodes { id } }
  accountEngagementOpportunities(first: 5) { nodes { id } }
}`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;
type Nodes = { nodes: ({ id: string; name: string | null } | null)[] };

const REQUEST_TIMEOUT_MS = 4_000;
/** LeadSquared's documented window (the default of LEADSQUARED_QUOTA_WINDOW_MS). */
const LEADSQUARED_QUOTA_WINDOW_MS = 5_000;
/** What a request may answer with while quotas are split: the documented codes. */
const DOCUMENTED = new Set(['UPSTREAM_THROTTLED', 'UPSTREAM_TIMEOUT']);

interface Ready {
  status: string;
  sharedState: { store: string; status: string; reason?: string };
}
async function ready(replica: Replica): Promise<{ code: number; body: Ready }> {
  const response = await fetch(new URL('/ready', replica.url));
  return { code: response.status, body: (await response.json()) as Ready };
}

describe('Redis stopped in the middle of a run', () => {
  let set: ReplicaSet;
  beforeAll(async () => {
    set = await startReplicaSet({
      replicas: 2,
      env: {
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        LEADSQUARED_CACHE_RECORD_TTL_MS: '60000',
        PARTNER_CENTRAL_CACHE_RECORD_TTL_MS: '60000',
        ACCOUNT_ENGAGEMENT_CACHE_RECORD_TTL_MS: '60000',
      },
    });
  }, 90_000);
  afterAll(() => set?.stop());

  it('keeps answering within the deadline, reports degraded, and shares again once Redis is back', async () => {
    const listed =
      await set.replicas[0]!.graphql<Record<string, { nodes: { id: string }[] }>>(LISTINGS);
    expect(listed.body.errors).toBeUndefined();
    const otherIds = Object.values(listed.body.data!).flatMap((connection) =>
      connection.nodes.map((node) => node.id),
    );

    const outcomes: { ms: number; codes: string[]; phase: string }[] = [];
    let phase = 'before';
    let next = 0;
    const until = Date.now() + 9_000;
    const client = async (replica: Replica) => {
      while (Date.now() < until) {
        const ids = [
          lsqId(RECORDS[next++ % 3_000]!),
          lsqId(RECORDS[next++ % 3_000]!),
          ...otherIds.slice(next % 5, (next % 5) + 2),
        ];
        const started = Date.now();
        const response = await replica.graphql<Nodes>(NODES, { ids });
        const codes = (response.body.errors ?? []).map((error) => String(error.extensions?.code));
        outcomes.push({ ms: Date.now() - started, codes, phase });
        if (codes.length === 0)
          expect(response.body.data?.nodes.every((node) => node !== null)).toBe(true);
      }
    };
    const run = Promise.all(set.replicas.flatMap((replica) => [client(replica), client(replica)]));

    await sleep(2_000);
    await set.redis.stop();
    phase = 'outage';
    await sleep(1_000);
    for (const replica of set.replicas) {
      const { code, body } = await ready(replica);
      // Still serving: a replica on its local share is not taken out of rotation.
      expect(code).toBe(200);
      expect(body.status).toBe('degraded');
      expect(body.sharedState).toMatchObject({
        store: 'redis',
        status: 'degraded',
        reason: expect.any(String),
      });
    }
    await sleep(2_000);
    await set.redis.start();
    phase = 'after';
    await run;

    for (const outcome of outcomes) {
      expect(outcome.ms).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS + 1_000);
      for (const code of outcome.codes) expect(DOCUMENTED).toContain(code);
    }
    const succeeded = (name: string) =>
      outcomes.filter((o) => o.phase === name && o.codes.length === 0).length;
    expect(succeeded('before')).toBeGreaterThan(0);
    expect(succeeded('outage')).toBeGreaterThan(0);
    expect(succeeded('after')).toBeGreaterThan(0);

    // Back: ready again, and a record one replica reads is served to the other from the cache.
    for (const replica of set.replicas) {
      let state = await ready(replica);
      for (let i = 0; i < 100 && state.body.status !== 'ready'; i += 1) {
        await sleep(50);
        state = await ready(replica);
      }
      expect(state.body).toMatchObject({
        status: 'ready',
        sharedState: { store: 'redis', status: 'ok' },
      });
    }
    // The clients spent LeadSquared's shared quota (25 calls per 5 s) up to the end of the run:
    // a call now could wait past its deadline for the window to free. Wait the window out.
    await sleep(LEADSQUARED_QUOTA_WINDOW_MS + 500);
    const ids = RECORDS.slice(2_990, 2_995).map(lsqId);
    await set.clearRequests();
    const first = await set.replicas[0]!.graphql<Nodes>(NODES, { ids });
    const second = await set.replicas[1]!.graphql<Nodes>(NODES, { ids });
    expect(first.body.errors).toBeUndefined();
    expect(second.body.data).toEqual(first.body.data);
    expect(await set.requests('leadSquared', 'GetOpportunitiesById')).toHaveLength(1);

    for (const replica of set.replicas) {
      const logs = replica.logs.text();
      expect(logs).toMatch(/shared state unavailable/);
      expect(logs).toMatch(/sharing resumed/);
      expectNoSecrets(logs);
    }
  }, 60_000);
});
