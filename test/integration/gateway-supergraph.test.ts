/*
 * Our subgraph composed into a supergraph with a second subgraph ("deals", written here the way
 * another team would) by @apollo/composition, served by @apollo/gateway in-process, queried across
 * both. The gateway resolves 100 deals' opportunities and contacts through our `_entities`; the
 * simulators' request logs and our per-request log lines show what that cost upstream.
 */
import { startGateway, type RunningGateway } from '../support/gateway/in-process-gateway.js';
import {
  startDealsSubgraph,
  DEALS_SDL,
  type Deal,
  type RunningSubgraph,
} from '../support/gateway/deals-subgraph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MISSING_OPPORTUNITY = 'lsq:12003:00000000-0000-4000-8000-000000000000';

const DEALS_QUERY = /* GraphQL */ `
  query DealsAcross {
    deals {
      id
      title
      opportunity {
        id
        source
        name
        createdAt
        prospects {
          id
          email
        }
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
`;

interface DealAnswer {
  id: string;
  title: string;
  opportunity: {
    id: string;
    source: string;
    name: string | null;
    createdAt: string | null;
    prospects: { id: string; email: string | null }[];
    deals: { id: string }[];
  } | null;
  contact: { id: string; email: string | null } | null;
}

interface GatewayAnswer<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

describe('supergraph: our subgraph and a deals subgraph behind @apollo/gateway', () => {
  let t: TestApp;
  let dealsSubgraph: RunningSubgraph;
  let gateway: RunningGateway;
  let deals: Deal[];
  const expectedEmail = new Map<string, string | null>();

  async function ask<T>(query: string): Promise<GatewayAnswer<T>> {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GatewayAnswer<T>;
  }

  const clearLogs = () => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.clearRequests();
    gateway.fetches.length = 0;
  };

  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_CATALOGS: 'AWS' });
    deals = pickDeals(t, expectedEmail);
    dealsSubgraph = await startDealsSubgraph(deals);
    const ours = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const sdl = ((await ours.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
    gateway = await startGateway([
      { name: 'opportunities', url: `${t.url}/graphql`, sdl },
      { name: 'deals', url: dealsSubgraph.url, sdl: DEALS_SDL },
    ]);
  });

  afterAll(async () => {
    await gateway?.stop();
    await dealsSubgraph?.stop();
    await t?.stop();
  });

  beforeEach(() => clearLogs());

  it('composes: the supergraph has our entities with the field the deals subgraph adds', () => {
    expect(gateway.supergraphSdl).toMatch(/type Opportunity[^{]*@join__type\(graph: OPPORTUNITIES/);
    expect(gateway.supergraphSdl).toMatch(/deals: \[Deal!\]! @join__field\(graph: DEALS\)/);
  });

  it('answers 100 deals with their opportunities, their prospects and contacts from all three sources', async () => {
    const { data, errors } = await ask<{ deals: DealAnswer[] }>(DEALS_QUERY);
    expect(errors).toBeUndefined();
    expect(data!.deals).toHaveLength(100);
    for (const [index, answer] of data!.deals.entries()) {
      const deal = deals[index]!;
      expect(answer.id).toBe(deal.id);
      expect(answer.opportunity?.id).toBe(deal.opportunityId);
      expect(answer.opportunity?.name).toEqual(expect.any(String));
      expect(answer.opportunity?.createdAt).toEqual(expect.any(String));
      // The field the deals subgraph adds to our Opportunity comes back through the gateway.
      expect(answer.opportunity?.deals).toContainEqual({ id: deal.id });
      expect(answer.contact).toEqual({
        id: deal.contactId,
        email: expectedEmail.get(deal.contactId),
      });
      if (answer.opportunity?.source === 'PARTNER_CENTRAL') {
        expect(answer.opportunity.prospects).toEqual([]);
      } else {
        expect(answer.opportunity?.prospects.length).toBeGreaterThan(0);
      }
    }
    const sources = new Set(data!.deals.map((deal) => deal.opportunity?.source));
    expect(sources).toEqual(new Set(['PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT', 'LEADSQUARED']));
  });

  it('costs at most one upstream call per source and level for the 100 references', async () => {
    // The Account Engagement token is fetched once per process; fetch it before counting.
    await t.graphql('{ accountEngagementOpportunities(first: 1) { nodes { id } } }');
    clearLogs();
    const { errors } = await ask<{ deals: DealAnswer[] }>(DEALS_QUERY);
    expect(errors).toBeUndefined();

    // The gateway really batched: our subgraph got the 100 opportunity and 100 contact
    // references in `_entities` calls, not one call per deal.
    const ours = gateway.fetches.filter((fetch) => fetch.subgraph === 'opportunities');
    const representations = ours.flatMap(
      (fetch) => (fetch.variables.representations as { __typename: string }[] | undefined) ?? [],
    );
    expect(representations.filter((r) => r.__typename === 'Opportunity')).toHaveLength(100);
    expect(representations.filter((r) => r.__typename === 'Prospect')).toHaveLength(100);
    expect(ours.length).toBeLessThanOrEqual(2);

    // Level 1, the deals' opportunities: one call per source.
    expect(t.pc.requests('ListOpportunities')).toHaveLength(1);
    expect(t.pc.requests('GetOpportunity')).toHaveLength(0);
    expect(t.ae.requests('opportunity.query')).toHaveLength(1);
    expect(t.ae.requests('opportunity.read')).toHaveLength(0);
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);
    // Level 1, the deals' contacts: one call per source (Account Engagement prospects, leads).
    expect(t.ae.requests('prospect.query')).toHaveLength(1);
    expect(t.ae.requests('prospect.read')).toHaveLength(0);
    // Level 2, the opportunities' prospects: Account Engagement's came with the opportunity query
    // (`full` output); LeadSquared's leads take one call, shared with the contacts' leads when
    // the gateway sends both levels' references in one request.
    expect(t.ae.requests('opportunity.query')[0]!.query.output).toBe('full');
    expect(t.lsq.requests('RetrieveLeadsByIds').length).toBeGreaterThanOrEqual(1);
    expect(t.lsq.requests('RetrieveLeadsByIds').length).toBeLessThanOrEqual(2);

    // Per gateway request into our subgraph, per source: at most one call per level inside it
    // (the entities; and the opportunities' prospects when the request selects them).
    for (const fetch of ours) {
      const line = t.logs
        .lines()
        .find((entry) => entry.msg === 'graphql request' && entry.requestId === fetch.requestId);
      expect(line).toBeDefined();
      const levels = fetch.query.includes('prospects{') ? 2 : 1;
      const bySource = line!.upstreamCallsBySource as Record<string, number>;
      expect(Object.keys(bySource).length).toBeGreaterThan(0);
      for (const count of Object.values(bySource)) expect(count).toBeLessThanOrEqual(levels);
    }
  });

  it('gives null for a reference that does not exist and BAD_USER_INPUT for a malformed one, the rest intact', async () => {
    const contactId = deals[0]!.contactId;
    deals.push(
      { id: 'deal-missing', title: 'Gone', opportunityId: MISSING_OPPORTUNITY, contactId },
      { id: 'deal-malformed', title: 'Typo', opportunityId: 'pc:nope', contactId },
    );
    const answer = await ask<{ deals: DealAnswer[] }>(/* GraphQL */ `
      {
        deals {
          id
          opportunity {
            id
            name
          }
        }
      }
    `);
    deals.splice(100);
    const { data, errors } = answer;
    const answers = data!.deals;
    expect(answers.slice(0, 100).every((deal) => deal.opportunity?.name)).toBe(true);
    // Our subgraph answers null for both entities; the gateway keeps the deals subgraph's `id`
    // and nulls the fields only we could give.
    expect(answers[100]!.opportunity).toEqual({ id: MISSING_OPPORTUNITY, name: null });
    expect(answers[101]!.opportunity).toEqual({ id: 'pc:nope', name: null });
    expect(errors).toEqual([
      expect.objectContaining({
        path: ['deals', 101, 'opportunity'],
        message: expect.stringContaining('pc:nope'),
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          argument: 'representations.id',
        }),
      }),
    ]);
  });
});

/**
 * 100 deals over references a well-batched server answers with one call per source: 20 Partner
 * Central opportunities (ListOpportunities takes 20 identifiers), 40 Account Engagement ones with
 * ids close together (one range `query`), 40 LeadSquared ones (bulk by id); contacts are 50
 * Account Engagement prospects with close ids and 50 LeadSquared leads.
 */
function pickDeals(t: TestApp, emails: Map<string, string | null>): Deal[] {
  const pc = t.pc.data.AWS.opportunities.slice(0, 20).map((o) => `pc:AWS:${o.Id}`);
  const ae = t.ae.data
    .liveOpportunities()
    .filter((o) => o.prospectIds.length > 0)
    .slice(100, 140)
    .map((o) => `ae:${o.id}`);
  const lsq = [12000, 12003].flatMap((code) =>
    t.lsq.data
      .opportunitiesOfType(code)
      .slice(0, 20)
      .map((o) => `lsq:${code}:${o.ProspectActivityId.toLowerCase()}`),
  );
  const opportunities = [...pc, ...ae, ...lsq];
  const aeProspects = t.ae.data.prospects.slice(200, 250);
  const leads = t.lsq.data.leads.slice(0, 50);
  for (const p of aeProspects) emails.set(`ae-prospect:${p.id}`, p.email ?? null);
  for (const l of leads)
    emails.set(`lsq-lead:${l.ProspectID.toLowerCase()}`, l.EmailAddress ?? null);
  const contacts = [...emails.keys()];
  const deals = opportunities.map((opportunityId, index) => ({
    id: `deal-${index + 1}`,
    title: `Deal ${index + 1}`,
    opportunityId,
    contactId: contacts[index % contacts.length]!,
  }));
  return deals;
}
