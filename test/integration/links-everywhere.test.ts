/*
 * Every entity reachable by id through `node`/`nodes` in one request, batched per source and read
 * concurrently; and the links between opportunities and prospects both ways, for Account
 * Engagement and LeadSquared. Calls are read from the simulators' request logs.
 */
import { expectAllInFlightTogether } from '../support/request-timing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Node {
    __typename
    id
    ... on Opportunity {
      source
      name
    }
    ... on Prospect {
      source
      email
    }
    ... on EngagementTask {
      type
      catalog
      taskId
    }
    ... on EngagementInvitation {
      catalog
      invitationId
    }
  }
`;

const NODES = /* GraphQL */ `
  query Everything($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...EntityFields
    }
  }
  ${ENTITY_FIELDS}
`;

const NODE = /* GraphQL */ `
  query One($id: ID!) {
    node(id: $id) {
      ...EntityFields
    }
  }
  ${ENTITY_FIELDS}
`;

const ROUND_TRIP = /* GraphQL */ `
  query RoundTrip($id: ID!) {
    opportunity(id: $id) {
      id
      prospects {
        id
        opportunities(first: 100) {
          nodes {
            id
            prospects {
              id
            }
          }
        }
      }
    }
  }
`;

type Node = Record<string, unknown> | null;

describe('links everywhere', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const missing: string[] = [];

  const clearLogs = () => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.clearRequests();
  };
  const allCalls = () => [...t.pc.requests(), ...t.ae.requests(), ...t.lsq.requests()];

  beforeAll(async () => {
    t = await startTestApp();
    const aws = t.pc.data.AWS;
    ids.pcAws = `pc:AWS:${aws.opportunities[3]!.Id}`;
    ids.pcSandbox = `pc:Sandbox:${t.pc.data.Sandbox.opportunities[5]!.Id}`;
    const aeOpportunity = t.ae.data.liveOpportunities().find((o) => o.prospectIds.length > 0)!;
    ids.ae = `ae:${aeOpportunity.id}`;
    ids.aeProspect = `ae-prospect:${aeOpportunity.prospectIds[0]}`;
    const [a, b] = [
      t.lsq.data.opportunitiesOfType(12000)[2]!,
      t.lsq.data.opportunitiesOfType(12003)[4]!,
    ];
    ids.lsqA = `lsq:12000:${a.ProspectActivityId.toLowerCase()}`;
    ids.lsqB = `lsq:12003:${b.ProspectActivityId.toLowerCase()}`;
    ids.lead = `lsq-lead:${b.RelatedProspectId!.toLowerCase()}`;
    const invitation = aws.invitations.find((i) => i.Status === 'PENDING' && !i.failsOnAccept)!;
    ids.invitation = `pc-invitation:AWS:${invitation.Id}`;

    const accepted = await t.graphql(
      'mutation($id: ID!) { acceptEngagementInvitation(input: { invitationId: $id }) { task { id } } }',
      { id: ids.invitation },
    );
    ids.acceptTask = (
      accepted.body.data as { acceptEngagementInvitation: { task: { id: string } } }
    ).acceptEngagementInvitation.task.id;
    const prospecting = await t.graphql(
      'mutation($ids: [String!]!) { startProspectingFromEngagements(input: { catalog: AWS, engagementIds: $ids, taskName: "links" }) { task { id } } }',
      { ids: [aws.engagements[0]!.Id] },
    );
    ids.prospectingTask = (
      prospecting.body.data as { startProspectingFromEngagements: { task: { id: string } } }
    ).startProspectingFromEngagements.task.id;
    missing.push(
      'pc:AWS:O0000000042',
      'ae:999999',
      'lsq:12003:00000000-0000-4000-8000-000000000000',
      'ae-prospect:999999',
      'lsq-lead:00000000-0000-4000-8000-000000000000',
      'pc-invitation:AWS:engi-zzzzzzzzzzzzz',
      'pc-accept-task:AWS:task-zzzzzzzzzzzzz',
      'pc-prospecting-task:AWS:task-zzzzzzzzzzzzzz',
    );
  });

  afterAll(() => t.stop());

  beforeEach(() => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.clearFaults();
    clearLogs();
  });

  it('answers every entity type through one nodes call, in order, null where nothing exists', async () => {
    const asked = [...Object.values(ids), ...missing];
    const { body } = await t.graphql(NODES, { ids: asked });
    expect(body.errors).toBeUndefined();
    const nodes = (body.data as { nodes: Node[] }).nodes;
    expect(nodes.map((node) => node?.id ?? null)).toEqual([
      ...Object.values(ids),
      ...missing.map(() => null),
    ]);
    const byId = new Map(nodes.filter((n) => n !== null).map((n) => [n!.id as string, n!]));
    expect(byId.get(ids.pcAws!)).toMatchObject({
      __typename: 'Opportunity',
      source: 'PARTNER_CENTRAL',
    });
    expect(byId.get(ids.pcSandbox!)).toMatchObject({ source: 'PARTNER_CENTRAL' });
    expect(byId.get(ids.ae!)).toMatchObject({ source: 'ACCOUNT_ENGAGEMENT' });
    expect(byId.get(ids.lsqA!)).toMatchObject({ source: 'LEADSQUARED' });
    expect(byId.get(ids.lsqB!)).toMatchObject({ source: 'LEADSQUARED' });
    expect(byId.get(ids.aeProspect!)).toMatchObject({
      __typename: 'Prospect',
      source: 'ACCOUNT_ENGAGEMENT',
    });
    expect(byId.get(ids.lead!)).toMatchObject({ __typename: 'Prospect', source: 'LEADSQUARED' });
    expect(byId.get(ids.invitation!)).toMatchObject({
      __typename: 'EngagementInvitation',
      catalog: 'AWS',
    });
    expect(byId.get(ids.acceptTask!)).toMatchObject({ type: 'ACCEPT_ENGAGEMENT_INVITATION' });
    expect(byId.get(ids.prospectingTask!)).toMatchObject({ type: 'PROSPECTING_FROM_ENGAGEMENT' });

    // Batched per source and operation: LeadSquared groups both event codes (and the missing id)
    // into one call, leads into one; Partner Central lists once per catalog.
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);
    expect(t.lsq.requests('RetrieveLeadsByIds')).toHaveLength(1);
    expect(t.pc.requests('ListOpportunities')).toHaveLength(2);
    const perOperation: Record<string, number> = {};
    for (const entry of allCalls()) {
      if (entry.operation === 'oauth.token') continue;
      perOperation[entry.operation] = (perOperation[entry.operation] ?? 0) + 1;
    }
    // Bulk APIs once; APIs that take one id (Get*, read) once per distinct id, the missing
    // one included, all in the same round.
    expect(perOperation).toEqual({
      ListOpportunities: 2,
      GetEngagementInvitation: 2,
      ListEngagementByAcceptingInvitationTasks: 1,
      GetProspectingFromEngagementTask: 2,
      'opportunity.read': 2,
      'prospect.read': 2,
      GetOpportunitiesById: 1,
      RetrieveLeadsByIds: 1,
    });
  });

  it('reads the three sources concurrently', async () => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.setFaults([{ latencyMs: 150 }]);
    const { body } = await t.graphql(NODES, { ids: [ids.pcAws, ids.ae, ids.lsqA] });
    expect(body.errors).toBeUndefined();
    const calls = allCalls().filter((entry) => entry.operation !== 'oauth.token');
    expect(calls).toHaveLength(3);
    expectAllInFlightTogether(calls);
  });

  it('answers node(id:) like nodes for every kind', async () => {
    const { body } = await t.graphql(NODES, { ids: Object.values(ids) });
    const nodes = (body.data as { nodes: Node[] }).nodes;
    for (const [index, id] of Object.values(ids).entries()) {
      const one = await t.graphql(NODE, { id });
      expect(one.body.errors).toBeUndefined();
      expect((one.body.data as { node: Node }).node).toEqual(nodes[index]);
    }
  });

  it.each([
    ['Account Engagement', 'ae'],
    ['LeadSquared', 'lsqB'],
  ])('links %s opportunities and prospects both ways', async (_source, key) => {
    const id = ids[key]!;
    const { body } = await t.graphql(ROUND_TRIP, { id });
    expect(body.errors).toBeUndefined();
    type Answer = {
      opportunity: {
        prospects: {
          id: string;
          opportunities: { nodes: { id: string; prospects: { id: string }[] }[] };
        }[];
      };
    };
    const prospects = (body.data as Answer).opportunity.prospects;
    expect(prospects.length).toBeGreaterThan(0);
    for (const prospect of prospects) {
      const linked = prospect.opportunities.nodes;
      // The prospect's opportunities include the one we came from...
      expect(linked.map((node) => node.id)).toContain(id);
      // ...and each of them links back to the prospect.
      for (const node of linked) expect(node.prospects.map((p) => p.id)).toContain(prospect.id);
    }
  });

  it('gives Partner Central opportunities no prospects', async () => {
    const { body } = await t.graphql(
      'query($id: ID!) { opportunity(id: $id) { prospects { id } } }',
      {
        id: ids.pcAws,
      },
    );
    expect(body.data).toEqual({ opportunity: { prospects: [] } });
  });

  it('refuses a malformed id in nodes with BAD_USER_INPUT naming it, before any call', async () => {
    const { body } = await t.graphql(NODES, { ids: [ids.pcAws, 'lsq:not-a-number:x'] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors?.[0]?.message).toContain('lsq:not-a-number:x');
    expect(allCalls()).toHaveLength(0);
  });
});
