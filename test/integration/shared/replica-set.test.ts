/*
 * The multi-replica harness itself: two replicas in live mode against the simulators' own process,
 * on one Redis. What one replica lists, the other looks up, and the simulators' request logs, read
 * over HTTP, hold both replicas' calls.
 */
import { startReplicaSet, type ReplicaSet } from '../../support/replica-set.js';
import { expectNoSecrets } from '../../support/test-app.js';

const LISTINGS = `{
  partnerCentralOpportunities(catalog: AWS, first: 1) { nodes { id } }
  accountEngagementOpportunities(first: 1) { nodes { id } }
  leadSquaredOpportunities(eventCode: 12003, first: 1) { nodes { id } }
}`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { source name } } }`;

type Listings = Record<string, { nodes: { id: string }[] }>;
type Nodes = { nodes: ({ id: string; source: string; name: string } | null)[] };

describe('replica set', () => {
  let set: ReplicaSet;
  beforeAll(async () => {
    set = await startReplicaSet({ replicas: 2 });
  }, 60_000);
  afterAll(() => set?.stop());

  it('runs two live replicas on one Redis and the simulators in their own process', async () => {
    expect(set.replicas).toHaveLength(2);
    expect(set.replicas[0]!.url).not.toBe(set.replicas[1]!.url);
    expect(set.simulatorOutput()).toMatch(/leadsquared simulator listening on/);
    for (const replica of set.replicas) {
      expect(replica.app.sources.simulators).toEqual({});
      const ready = await fetch(new URL('/ready', replica.url));
      const body = (await ready.json()) as { sharedState: { store: string; status: string } };
      expect(body.sharedState).toEqual({ store: 'redis', status: 'ok' });
    }
  });

  it('answers on both replicas from all three sources; the request logs show every call', async () => {
    const [first, second] = set.replicas;
    await set.clearRequests();

    const listed = await first!.graphql<Listings>(LISTINGS);
    expect(listed.body.errors).toBeUndefined();
    const ids = Object.values(listed.body.data!).map((connection) => connection.nodes[0]!.id);
    expect(ids).toHaveLength(3);
    expect(await set.requests('partnerCentral', 'ListOpportunities')).toHaveLength(1);
    expect(await set.requests('leadSquared', 'GetOpportunitiesById')).toHaveLength(0);

    await set.clearRequests();
    const looked = await second!.graphql<Nodes>(NODES, { ids });
    expect(looked.body.errors).toBeUndefined();
    expect(looked.body.data!.nodes.map((node) => node?.id)).toEqual(ids);
    expect(looked.body.data!.nodes.map((node) => node?.source)).toEqual([
      'PARTNER_CENTRAL',
      'ACCOUNT_ENGAGEMENT',
      'LEADSQUARED',
    ]);
    // One call per source for the three look-ups, all from the second replica.
    expect(await set.requests('partnerCentral', 'ListOpportunities')).toHaveLength(1);
    expect(await set.requests('leadSquared', 'GetOpportunitiesById')).toHaveLength(1);
    const aeCalls = await set.requests('accountEngagement');
    expect(aeCalls.filter((entry) => entry.operation !== 'oauth.token')).toHaveLength(1);
    for (const entry of aeCalls) expect(entry.status).toBe(200);

    for (const replica of set.replicas) expectNoSecrets(replica.logs.text());
    expectNoSecrets(JSON.stringify(await set.requests('leadSquared')));
  });

  it('injects faults over the control API', async () => {
    await set.setFaults('leadSquared', [{ operation: 'GetOpportunitiesById', status: 500 }]);
    try {
      const lead = `{ leadSquaredOpportunities(eventCode: 12003, first: 1) { nodes { id } } }`;
      const listed = await set.replicas[0]!.graphql<Listings>(lead);
      const id = listed.body.data!.leadSquaredOpportunities!.nodes[0]!.id;
      await set.clearRequests('leadSquared');
      const looked = await set.replicas[1]!.graphql<Nodes>(NODES, { ids: [id] });
      expect(looked.body.data!.nodes).toEqual([null]);
      expect(looked.body.errors?.[0]?.extensions?.source).toBe('LEADSQUARED');
      const calls = await set.requests('leadSquared', 'GetOpportunitiesById');
      expect(calls.length).toBeGreaterThanOrEqual(1);
      expect(calls.every((entry) => entry.status === 500)).toBe(true);
    } finally {
      await set.clearFaults();
    }
  });

  it('stops one replica alone; the other keeps answering and the set still stops', async () => {
    await set.replicas[1]!.stop();
    await expect(fetch(new URL('/health', set.replicas[1]!.url))).rejects.toThrow();
    const listed = await set.replicas[0]!.graphql<Listings>(
      '{ accountEngagementOpportunities(first: 1) { nodes { id } } }',
    );
    expect(listed.body.errors).toBeUndefined();
  });
});
