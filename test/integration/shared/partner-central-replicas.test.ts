/*
 * Two replicas on one Redis, against the simulators' own process at Partner Central's published
 * quotas (PARTNER_CENTRAL_QUOTA_SCALE=1: ListOpportunities 10/s): each operation's window is one
 * for both replicas, the daily window counts every call of both, a page or record one replica
 * cached is served by the other, and a write through one is seen by the other's next read.
 */
import { createClient } from 'redis';
import { createPartnerCentralSimulator } from '../../../src/sources/partner-central/simulator/index.js';
import { startReplicaSet, type ReplicaSet } from '../../support/replica-set.js';
import { maxInAnyWindow } from '../../support/request-windows.js';

/** The simulator process seeds the same records from the same seed: read them without starting one. */
const DATA = createPartnerCentralSimulator({ records: 1000 }).data;

const LIST_OPPORTUNITIES = 'ListOpportunities';
const PER_SECOND = 10;

const FILTERED = `query($ids: [String!]) {
  partnerCentralOpportunities(catalog: AWS, first: 5, filter: { identifiers: $ids }) {
    nodes { id name }
  }
}`;
type Filtered = { partnerCentralOpportunities: { nodes: { id: string; name: string | null }[] } };

const PAGE = `query { partnerCentralOpportunities(catalog: SANDBOX, first: 10) { nodes { id name } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;
const INVITATIONS = `query {
  engagementInvitations(catalog: AWS, first: 100, filter: { statuses: [PENDING, REJECTED] }) {
    nodes { id status }
  }
}`;
type Invitations = { engagementInvitations: { nodes: { id: string; status: string }[] } };
const REJECT = `mutation($id: ID!) { rejectEngagementInvitation(input: { invitationId: $id }) { id status } }`;

describe('Partner Central across two replicas on one Redis', () => {
  let set: ReplicaSet;
  let redis: ReturnType<typeof createClient>;
  beforeAll(async () => {
    set = await startReplicaSet({
      replicas: 2,
      env: {
        PARTNER_CENTRAL_QUOTA_SCALE: '1',
        PARTNER_CENTRAL_CACHE_LISTING_TTL_MS: '600000',
        PARTNER_CENTRAL_CACHE_RECORD_TTL_MS: '600000',
        REQUEST_TIMEOUT_MS: '30000',
      },
    });
    redis = createClient({ url: set.redis.url });
    await redis.connect();
  }, 90_000);
  afterAll(async () => {
    await redis?.close();
    await set?.stop();
  });

  const dailyCount = () => redis.zCard('og:quota:{PARTNER_CENTRAL:ListOpportunities:per-day}');

  it('40 distinct pages at once over both replicas: never more than 10 ListOpportunities in any second, none throttled, the daily window counts them all', async () => {
    await set.clearRequests('partnerCentral');
    const dailyBefore = await dailyCount();
    const records = DATA.AWS.opportunities.slice(0, 40);
    // Distinct filters: nothing cached or shared, every read is a call of its own.
    const responses = await Promise.all(
      records.map((record, index) =>
        set.replicas[index % 2]!.graphql<Filtered>(FILTERED, { ids: [record.Id] }),
      ),
    );
    responses.forEach((response, index) => {
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.partnerCentralOpportunities.nodes).toEqual([
        {
          id: `pc:AWS:${records[index]!.Id}`,
          name: records[index]!.Customer!.Account!.CompanyName,
        },
      ]);
    });
    const calls = await set.requests('partnerCentral', LIST_OPPORTUNITIES);
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    expect(calls).toHaveLength(40);
    // Each replica alone would send 10 in a second: 20 together, and the simulator refuses.
    expect(maxInAnyWindow(calls, 1_000)).toBeLessThanOrEqual(PER_SECOND);
    expect((await dailyCount()) - dailyBefore).toBe(40);
  }, 60_000);

  it('a page cached by one replica is served by the other without a call', async () => {
    await set.clearRequests('partnerCentral');
    const first = await set.replicas[0]!.graphql(PAGE);
    expect(first.body.errors).toBeUndefined();
    expect(await set.requests('partnerCentral', LIST_OPPORTUNITIES)).toHaveLength(1);

    const second = await set.replicas[1]!.graphql(PAGE);
    expect(second.body).toEqual(first.body);
    expect(await set.requests('partnerCentral')).toHaveLength(1);
  });

  it('records one replica read by id are served by the other without a call', async () => {
    const ids = DATA.Sandbox.opportunities
      .slice(300, 306)
      .map((record) => `pc:Sandbox:${record.Id}`);
    await set.clearRequests('partnerCentral');
    const first = await set.replicas[1]!.graphql(NODES, { ids });
    expect(first.body.errors).toBeUndefined();
    expect(await set.requests('partnerCentral', LIST_OPPORTUNITIES)).toHaveLength(1);

    const second = await set.replicas[0]!.graphql(NODES, { ids });
    expect(second.body).toEqual(first.body);
    expect(await set.requests('partnerCentral')).toHaveLength(1);
  });

  it("an invitation rejected through one replica is REJECTED in the other replica's next listing", async () => {
    const statusOn = async (replica: number, id: string) => {
      const { body } = await set.replicas[replica]!.graphql<Invitations>(INVITATIONS);
      expect(body.errors).toBeUndefined();
      return body.data!.engagementInvitations.nodes.find((node) => node.id === id)?.status;
    };
    const { body } = await set.replicas[0]!.graphql<Invitations>(INVITATIONS);
    const target = body.data!.engagementInvitations.nodes.find(
      (node) => node.status === 'PENDING',
    )!;
    // Both replicas hold the page with it PENDING (the second from the shared cache).
    expect(await statusOn(1, target.id)).toBe('PENDING');

    const rejected = await set.replicas[0]!.graphql(REJECT, { id: target.id });
    expect(rejected.body).toEqual({
      data: { rejectEngagementInvitation: { id: target.id, status: 'REJECTED' } },
    });
    expect(await statusOn(1, target.id)).toBe('REJECTED');
    expect(await statusOn(0, target.id)).toBe('REJECTED');
  });
});
