/**
 * Partner Central reads through the shared cache of one process (no REDIS_URL): listing pages and
 * records by id are served again within their TTL without an upstream call, `Cache-Control:
 * no-cache` reads upstream, task look-ups are never cached, and the writes (accept, reject, start
 * prospecting) invalidate what they change before answering. Calls are counted in the in-process
 * simulator's request log.
 */
import type { InvitationRecord } from '../../../src/sources/partner-central/simulator/index.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const LIST_OPPORTUNITIES = 'ListOpportunities';
const GET_OPPORTUNITY = 'GetOpportunity';
const LIST_INVITATIONS = 'ListEngagementInvitations';
const GET_INVITATION = 'GetEngagementInvitation';
const LIST_ACCEPT = 'ListEngagementByAcceptingInvitationTasks';
const GET_PROSPECTING = 'GetProspectingFromEngagementTask';

const PAGE = `query($catalog: Catalog!, $first: Int) {
  partnerCentralOpportunities(catalog: $catalog, first: $first) {
    nodes { id name lastModifiedAt partnerCentral { createdDate lastModifiedDate } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Page = {
  partnerCentralOpportunities: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
};

const INVITATIONS = `query($catalog: Catalog!) {
  engagementInvitations(catalog: $catalog, first: 100) { nodes { id status receivedAt } }
}`;
type Invitations = { engagementInvitations: { nodes: { id: string; status: string }[] } };

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;
type Nodes = { nodes: ({ id: string; name: string | null } | null)[] };

const DETAIL = `query($id: ID!) {
  opportunity(id: $id) {
    id
    partnerCentral { primaryNeedsFromAws lifeCycle { nextStepsHistory { value time } } }
  }
}`;

const INVITATION = `query($id: ID!) {
  node(id: $id) { id ... on EngagementInvitation { status receivedAt expiresAt } }
}`;
type Invitation = { node: { id: string; status: string } | null };

const TASK = `query($id: ID!) { engagementTask(id: $id) { id status opportunityId } }`;
type Task = { engagementTask: { id: string; status: string; opportunityId: string | null } };

const ACCEPT = `mutation($id: ID!) {
  acceptEngagementInvitation(input: { invitationId: $id }) { task { id status } }
}`;
type Accept = { acceptEngagementInvitation: { task: { id: string; status: string } } };

const REJECT = `mutation($id: ID!) { rejectEngagementInvitation(input: { invitationId: $id }) { id status } }`;

const PROSPECT = `mutation($ids: [String!]!) {
  startProspectingFromEngagements(input: { catalog: AWS, engagementIds: $ids, taskName: "cache test" }) {
    task { id status }
  }
}`;
type Prospect = { startProspectingFromEngagements: { task: { id: string } } };

const NO_CACHE = { 'cache-control': 'no-cache' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const invitationGid = (invitation: InvitationRecord) =>
  `pc-invitation:${invitation.Catalog}:${invitation.Id}`;

describe('Partner Central through the in-memory cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      // Far longer than any test: within a test, nothing expires by itself.
      PARTNER_CENTRAL_CACHE_LISTING_TTL_MS: '600000',
      PARTNER_CENTRAL_CACHE_RECORD_TTL_MS: '600000',
      // Long enough that a read right after the accept sees the task still running.
      PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS: '1500',
    });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.pc.clearRequests());

  const calls = (operation?: string) => t.pc.requests(operation).length;

  async function ok<T>(query: string, variables: object, headers?: Record<string, string>) {
    const { body } = await t.graphql<T>(query, variables as Record<string, unknown>, headers);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  async function settled(id: string): Promise<Task['engagementTask']> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { engagementTask } = await ok<Task>(TASK, { id });
      if (!['PENDING', 'IN_PROGRESS'].includes(engagementTask.status)) return engagementTask;
      if (Date.now() > deadline) throw new Error(`task ${id} still ${engagementTask.status}`);
      await sleep(50);
    }
  }

  const pending = (): InvitationRecord[] =>
    t.pc.data.AWS.invitations.filter(
      (invitation) => invitation.Status === 'PENDING' && !invitation.failsOnAccept,
    );

  it('a listing page read twice within its TTL costs one call, with the same answer; no-cache costs another', async () => {
    const first = await ok<Page>(PAGE, { catalog: 'SANDBOX', first: 7 });
    const second = await ok<Page>(PAGE, { catalog: 'SANDBOX', first: 7 });
    // The cached page went through JSON (dates as strings): the answer is the same to the byte.
    expect(second).toEqual(first);
    expect(first.partnerCentralOpportunities.nodes).toHaveLength(7);
    expect(calls(LIST_OPPORTUNITIES)).toBe(1);

    const fresh = await ok<Page>(PAGE, { catalog: 'SANDBOX', first: 7 }, NO_CACHE);
    expect(fresh).toEqual(first);
    expect(calls(LIST_OPPORTUNITIES)).toBe(2);
    // What the fresh read fetched is stored for the others.
    await ok<Page>(PAGE, { catalog: 'SANDBOX', first: 7 });
    expect(calls(LIST_OPPORTUNITIES)).toBe(2);
  });

  it('the next page (another token) is its own entry; the invitation list is cached too', async () => {
    const first = await ok<Page>(PAGE, { catalog: 'AWS', first: 3 });
    const next = `query($after: String) {
      partnerCentralOpportunities(catalog: AWS, first: 3, after: $after) { nodes { id } }
    }`;
    const after = first.partnerCentralOpportunities.pageInfo.endCursor;
    const page2 = await ok<Page>(next, { after });
    await ok<Page>(next, { after });
    expect(page2.partnerCentralOpportunities.nodes).toHaveLength(3);
    // The first page's upstream page (MaxResults 100) holds the second's rows: one call in all.
    expect(calls(LIST_OPPORTUNITIES)).toBe(1);

    const invitations = await ok<Invitations>(INVITATIONS, { catalog: 'SANDBOX' });
    expect(await ok<Invitations>(INVITATIONS, { catalog: 'SANDBOX' })).toEqual(invitations);
    expect(calls(LIST_INVITATIONS)).toBe(1);
  });

  it('records by id: a second look-up costs nothing, a batch sends only the misses, no-cache reads again', async () => {
    const records = t.pc.data.Sandbox.opportunities.slice(100, 125);
    const ids = records.map((record) => `pc:Sandbox:${record.Id}`);
    const five = await ok<Nodes>(NODES, { ids: ids.slice(0, 5) });
    expect(five.nodes.map((node) => node?.name)).toEqual(
      records.slice(0, 5).map((record) => record.Customer!.Account!.CompanyName),
    );
    expect(await ok<Nodes>(NODES, { ids: ids.slice(0, 5) })).toEqual(five);
    expect(calls(LIST_OPPORTUNITIES)).toBe(1);

    // 25 ids, 5 cached: one Identifier batch of exactly the 20 others.
    const all = await ok<Nodes>(NODES, { ids });
    expect(all.nodes.map((node) => node?.id)).toEqual(ids);
    const batches = t.pc.requests(LIST_OPPORTUNITIES).slice(1);
    expect(batches.map((entry) => (entry.body as { Identifier: string[] }).Identifier)).toEqual([
      records.slice(5).map((record) => record.Id),
    ]);

    await ok<Nodes>(NODES, { ids: ids.slice(0, 5) }, NO_CACHE);
    expect(calls(LIST_OPPORTUNITIES)).toBe(3);
  });

  it('GetOpportunity and GetEngagementInvitation answers are cached per record, unchanged by the round trip', async () => {
    const opportunity = t.pc.data.AWS.opportunities[40]!;
    const id = `pc:AWS:${opportunity.Id}`;
    const first = await ok(DETAIL, { id });
    expect(await ok(DETAIL, { id })).toEqual(first);
    expect(calls(GET_OPPORTUNITY)).toBe(1);

    const invitation = t.pc.data.Sandbox.invitations[3]!;
    const gid = invitationGid(invitation);
    const read = await ok<Invitation>(INVITATION, { id: gid });
    expect(read.node).toMatchObject({ id: gid, status: invitation.Status });
    expect(await ok<Invitation>(INVITATION, { id: gid })).toEqual(read);
    expect(calls(GET_INVITATION)).toBe(1);

    await ok<Invitation>(INVITATION, { id: gid }, NO_CACHE);
    expect(calls(GET_INVITATION)).toBe(2);
  });

  it('an id that does not exist is asked again next time (absence is not cached)', async () => {
    const missing = 'pc-invitation:AWS:engi-zzzzzzzzzzzzz';
    expect((await ok<Invitation>(INVITATION, { id: missing })).node).toBeNull();
    expect((await ok<Invitation>(INVITATION, { id: missing })).node).toBeNull();
    expect(calls(GET_INVITATION)).toBe(2);
  });

  it('rejecting an invitation invalidates it and every listing: the next reads show REJECTED', async () => {
    const invitation = pending()[0]!;
    const gid = invitationGid(invitation);
    const before = await ok<Invitations>(INVITATIONS, { catalog: 'AWS' });
    expect(before.engagementInvitations.nodes.find((node) => node.id === gid)?.status).toBe(
      'PENDING',
    );
    expect((await ok<Invitation>(INVITATION, { id: gid })).node?.status).toBe('PENDING');
    await ok<Page>(PAGE, { catalog: 'AWS', first: 2 });
    t.pc.clearRequests();

    const { body } = await t.graphql(REJECT, { id: gid });
    expect(body).toEqual({ data: { rejectEngagementInvitation: { id: gid, status: 'REJECTED' } } });
    // The mutation's own re-read went upstream, not to the cached PENDING invitation.
    expect(calls(GET_INVITATION)).toBe(1);

    const after = await ok<Invitations>(INVITATIONS, { catalog: 'AWS' });
    expect(after.engagementInvitations.nodes.find((node) => node.id === gid)?.status).toBe(
      'REJECTED',
    );
    expect((await ok<Invitation>(INVITATION, { id: gid })).node?.status).toBe('REJECTED');
    // Every listing page went, not only those holding the invitation.
    await ok<Page>(PAGE, { catalog: 'AWS', first: 2 });
    expect([calls(LIST_INVITATIONS), calls(LIST_OPPORTUNITIES)]).toEqual([1, 1]);
  });

  it('accepting invalidates at once, and the task seen COMPLETE invalidates what it changed', async () => {
    const invitation = pending()[0]!;
    const gid = invitationGid(invitation);
    const statusIn = (page: Invitations) =>
      page.engagementInvitations.nodes.find((node) => node.id === gid)?.status;
    expect(statusIn(await ok<Invitations>(INVITATIONS, { catalog: 'AWS' }))).toBe('PENDING');
    const opportunitiesBefore = await ok<Page>(PAGE, { catalog: 'AWS', first: 5 });
    t.pc.clearRequests();

    const { acceptEngagementInvitation } = await ok<Accept>(ACCEPT, { id: gid });
    expect(acceptEngagementInvitation.task.status).toBe('IN_PROGRESS');
    // Dropped before the mutation answered: this read goes upstream (the task still runs).
    expect(statusIn(await ok<Invitations>(INVITATIONS, { catalog: 'AWS' }))).toBe('PENDING');
    expect(calls(LIST_INVITATIONS)).toBe(1);

    // Polling the task (never cached: a call each time) until it is COMPLETE.
    const task = await settled(acceptEngagementInvitation.task.id);
    expect(task.status).toBe('COMPLETE');
    expect(calls(LIST_ACCEPT)).toBeGreaterThanOrEqual(2);

    // The page cached while the task ran is gone: ACCEPTED, and the new opportunity leads the list.
    expect(statusIn(await ok<Invitations>(INVITATIONS, { catalog: 'AWS' }))).toBe('ACCEPTED');
    expect(calls(LIST_INVITATIONS)).toBe(2);
    const opportunitiesAfter = await ok<Page>(PAGE, { catalog: 'AWS', first: 5 });
    expect(opportunitiesAfter.partnerCentralOpportunities.nodes[0]!.id).toBe(
      `pc:AWS:${task.opportunityId}`,
    );
    expect(opportunitiesAfter).not.toEqual(opportunitiesBefore);
    expect((await ok<Invitation>(INVITATION, { id: gid })).node?.status).toBe('ACCEPTED');
  });

  it('task look-ups are never cached; starting prospecting invalidates the listings', async () => {
    await ok<Page>(PAGE, { catalog: 'AWS', first: 4 });
    t.pc.clearRequests();
    const engagement = t.pc.data.AWS.engagements.find((item) => !item.failsProspecting)!;
    const { startProspectingFromEngagements } = await ok<Prospect>(PROSPECT, {
      ids: [engagement.Id],
    });
    const id = startProspectingFromEngagements.task.id;
    await ok<Task>(TASK, { id });
    await ok<Task>(TASK, { id });
    expect(calls(GET_PROSPECTING)).toBe(2);

    await ok<Page>(PAGE, { catalog: 'AWS', first: 4 });
    expect(calls(LIST_OPPORTUNITIES)).toBe(1);
  });

  it('a TTL that has passed reads upstream again', async () => {
    const short = await startTestApp({
      PARTNER_CENTRAL_CACHE_LISTING_TTL_MS: '200',
      PARTNER_CENTRAL_CACHE_RECORD_TTL_MS: '200',
    });
    try {
      const read = () => short.graphql(PAGE, { catalog: 'AWS', first: 2 });
      await read();
      await read();
      expect(short.pc.requests(LIST_OPPORTUNITIES)).toHaveLength(1);
      await sleep(300);
      await read();
      expect(short.pc.requests(LIST_OPPORTUNITIES)).toHaveLength(2);
    } finally {
      await short.stop();
    }
  });
});
