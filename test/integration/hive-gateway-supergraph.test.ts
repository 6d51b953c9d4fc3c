/*
 * The supergraph of docs/supergraph.md, for real: this subgraph's SDL (from its own `_service`)
 * and the example deals subgraph (docs/supergraph/deals.graphql) composed by @apollo/composition,
 * served by Hive Gateway on loopback, and queried through it: deals resolve their Opportunity and
 * Prospect fields from our subgraph through `_entities`, and Opportunity gains `deals`.
 */
import { startHiveGateway, type RunningHiveGateway } from '../support/gateway/hive-gateway.js';
import {
  startDealsSubgraph,
  DEALS_SDL,
  type Deal,
  type RunningSubgraph,
} from '../support/gateway/deals-subgraph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Answer<T> {
  data?: T;
  errors?: { message: string }[];
}

interface DealAnswer {
  id: string;
  opportunity: {
    id: string;
    source: string;
    name: string | null;
    deals: { id: string }[];
  } | null;
  contact: { id: string; email: string | null } | null;
}

async function post<T>(url: string, query: string, variables?: object): Promise<Answer<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer<T>;
}

describe('supergraph through Hive Gateway', () => {
  let t: TestApp;
  let dealsSubgraph: RunningSubgraph;
  let gateway: RunningHiveGateway;
  let deals: Deal[];

  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_CATALOGS: 'AWS' });
    const pc = t.pc.data.AWS.opportunities[0]!;
    const ae = t.ae.data.liveOpportunities().find((o) => o.prospectIds.length > 0)!;
    const lsq = t.lsq.data.opportunitiesOfType(12003)[0]!;
    const lead = t.lsq.data.leads[0]!;
    const prospect = t.ae.data.prospects[0]!;
    deals = [
      { opportunityId: `pc:AWS:${pc.Id}`, contactId: `ae-prospect:${prospect.id}` },
      { opportunityId: `ae:${ae.id}`, contactId: `lsq-lead:${lead.ProspectID.toLowerCase()}` },
      {
        opportunityId: `lsq:12003:${lsq.ProspectActivityId.toLowerCase()}`,
        contactId: `ae-prospect:${prospect.id}`,
      },
    ].map((deal, index) => ({ id: `deal-${index + 1}`, title: `Deal ${index + 1}`, ...deal }));
    dealsSubgraph = await startDealsSubgraph(deals);
    const ours = await post<{ _service: { sdl: string } }>(
      `${t.url}/graphql`,
      '{ _service { sdl } }',
    );
    gateway = await startHiveGateway([
      { name: 'opportunities', url: `${t.url}/graphql`, sdl: ours.data!._service.sdl },
      { name: 'deals', url: dealsSubgraph.url, sdl: DEALS_SDL },
    ]);
  });

  afterAll(async () => {
    await gateway?.stop();
    await dealsSubgraph?.stop();
    await t?.stop();
  });

  it('composes our entities with the field the deals subgraph adds', () => {
    expect(gateway.supergraphSdl).toMatch(/type Opportunity[^{]*@join__type\(graph: OPPORTUNITIES/);
    expect(gateway.supergraphSdl).toMatch(/deals: \[Deal!\]! @join__field\(graph: DEALS\)/);
  });

  it('resolves deals with their opportunities and contacts from our subgraph, both ways', async () => {
    const { data, errors } = await post<{ deals: DealAnswer[] }>(
      gateway.url,
      /* GraphQL */ `
        query DealsAcross {
          deals {
            id
            opportunity {
              id
              source
              name
              deals {
                id
              }
            }
            contact {
              id
              email
            }
          }
        }
      `,
    );
    expect(errors).toBeUndefined();
    // What our subgraph answers directly for the same ids: the gateway must agree with it.
    const direct = await post<{ nodes: ({ id: string; name?: string; email?: string } | null)[] }>(
      `${t.url}/graphql`,
      `query Direct($ids: [ID!]!) {
        nodes(ids: $ids) { id ... on Opportunity { name } ... on Prospect { email } }
      }`,
      { ids: deals.flatMap((deal) => [deal.opportunityId, deal.contactId]) },
    );
    const byId = new Map(direct.data!.nodes.map((node) => [node!.id, node!]));
    expect(data!.deals.map((deal) => deal.opportunity?.source)).toEqual([
      'PARTNER_CENTRAL',
      'ACCOUNT_ENGAGEMENT',
      'LEADSQUARED',
    ]);
    for (const [index, answer] of data!.deals.entries()) {
      const deal = deals[index]!;
      expect(answer.id).toBe(deal.id);
      expect(answer.opportunity?.id).toBe(deal.opportunityId);
      expect(answer.opportunity?.name).toBe(byId.get(deal.opportunityId)?.name);
      expect(answer.opportunity?.name).toEqual(expect.any(String));
      expect(answer.opportunity?.deals).toEqual([{ id: deal.id }]);
      expect(answer.contact).toEqual({
        id: deal.contactId,
        email: byId.get(deal.contactId)?.email,
      });
    }
  });

  it('starts from our subgraph and adds the deals of an opportunity', async () => {
    const id = deals[2]!.opportunityId;
    const { data, errors } = await post<{
      opportunity: { name: string; deals: { title: string }[] };
    }>(gateway.url, 'query Back($id: ID!) { opportunity(id: $id) { name deals { title } } }', {
      id,
    });
    expect(errors).toBeUndefined();
    expect(data!.opportunity.deals).toEqual([{ title: 'Deal 3' }]);
  });
});
