/*
 * Partner Central look-ups by id go through per-request DataLoaders: the ids of one request are
 * grouped per catalog and sent as ListOpportunities Identifier filters of at most 20 (the model's
 * limit), whatever the query shape (nodes, opportunity, _entities). Fields the list summary lacks
 * cost one GetOpportunity per distinct opportunity, and only when selected. Every count below is
 * read from the simulator's request log, so "three calls" is what the upstream saw.
 */
import type { ExecutionResult } from 'graphql';
import {
  PcBatchDetailsDocument,
  PcBatchEntitiesDocument,
  PcBatchNodesDocument,
  PcBatchSummaryAndOneDocument,
  type PcBatchNodesQuery,
} from '../__generated__/graphql.js';
import type {
  Catalog,
  OpportunityRecord as SimOpportunity,
} from '../../src/sources/partner-central/simulator/index.js';
import { expectAllInFlightTogether } from '../support/request-timing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ListOpportunitiesBody {
  Catalog: string;
  Identifier?: string[];
  MaxResults?: number;
  NextToken?: string;
}
interface GetOpportunityBody {
  Catalog: string;
  Identifier: string;
}

/** Well-formed (O + digits) but below every seeded id (they start at O1000000000). */
const MISSING_ID = 'O0000000042';

const globalId = (record: SimOpportunity) => `pc:${record.Catalog}:${record.Id}`;
const graphqlCatalog = (catalog: Catalog) => (catalog === 'AWS' ? 'AWS' : 'SANDBOX');

/** The summary selection of PcSummaryFields, as the dataset says it must come back. */
function expectedSummary(record: SimOpportunity) {
  const spend = record.Project?.ExpectedCustomerSpend?.[0];
  return {
    id: globalId(record),
    source: 'PARTNER_CENTRAL',
    sourceId: record.Id,
    // Partner Central summaries have no title: the name is the customer's company (mapper).
    name: record.Customer?.Account?.CompanyName ?? null,
    stage: record.LifeCycle?.Stage ?? null,
    amount: spend?.Amount ? { amount: spend.Amount, currencyCode: spend.CurrencyCode } : null,
    createdAt: new Date(record.CreatedDate).toISOString(),
    lastModifiedAt: new Date(record.LastModifiedDate).toISOString(),
    partnerCentral: {
      opportunityId: record.Id,
      catalog: graphqlCatalog(record.Catalog),
      opportunityType: record.OpportunityType ?? null,
      lifeCycle: {
        stage: record.LifeCycle?.Stage ?? null,
        reviewStatus: record.LifeCycle?.ReviewStatus ?? null,
        targetCloseDate: record.LifeCycle?.TargetCloseDate ?? null,
      },
      customer: {
        account: {
          companyName: record.Customer?.Account?.CompanyName ?? null,
          industry: record.Customer?.Account?.Industry ?? null,
        },
      },
      project: {
        deliveryModels: record.Project?.DeliveryModels ?? null,
        expectedCustomerSpend:
          record.Project?.ExpectedCustomerSpend?.map((s) => ({
            amount: s.Amount ?? null,
            currencyCode: s.CurrencyCode,
          })) ?? null,
      },
    },
  };
}

type Answer<T> = { body: ExecutionResult<T> };

describe('Partner Central batching through the loaders', () => {
  let t: TestApp;

  const listCalls = () =>
    t.pc.requests('ListOpportunities').map((entry) => entry.body as ListOpportunitiesBody);
  const getCalls = () =>
    t.pc.requests('GetOpportunity').map((entry) => entry.body as GetOpportunityBody);
  /** `count` records of a catalog, spread over the dataset (not its first block). */
  const spread = (catalog: Catalog, count: number, offset = 0): SimOpportunity[] => {
    const all = t.pc.data[catalog].opportunities;
    const step = Math.floor(all.length / count);
    return Array.from({ length: count }, (_, index) => all[offset + index * step]!);
  };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.pc.clearRequests());

  /** Every request answered 200: a throttled retry would make the counts below meaningless. */
  afterEach(() => {
    expect(t.pc.requests().filter((entry) => entry.status !== 200)).toEqual([]);
  });

  it('answers 50 ids of one catalog through nodes with ListOpportunities calls of 20 + 20 + 10 ids and no GetOpportunity', async () => {
    const records = spread('AWS', 50, 3);
    expect(new Set(records.map((r) => r.Id)).size).toBe(50);
    const ids = records.map(globalId);

    const { body } = await t.graphql(PcBatchNodesDocument, { ids });

    expect(body.errors).toBeUndefined();
    const calls = listCalls();
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.Identifier?.length).sort((a, b) => a! - b!)).toEqual([
      10, 20, 20,
    ]);
    expect(calls.every((call) => call.Catalog === 'AWS')).toBe(true);
    expect(calls.every((call) => call.NextToken === undefined)).toBe(true);
    const sent = calls.flatMap((call) => call.Identifier ?? []);
    expect(sent.toSorted()).toEqual(records.map((r) => r.Id).toSorted());
    expect(getCalls()).toEqual([]);
    expect(t.pc.requests()).toHaveLength(3);

    const nodes = body.data!.nodes;
    expect(nodes).toHaveLength(50);
    nodes.forEach((node, index) => {
      expect(node).toEqual({ __typename: 'Opportunity', ...expectedSummary(records[index]!) });
    });
  });

  it('answers the same 50 ids through _entities with 3 calls and no GetOpportunity', async () => {
    const records = spread('AWS', 50, 3);
    const representations = records.map((r) => ({ __typename: 'Opportunity', id: globalId(r) }));

    const { body } = await t.graphql(PcBatchEntitiesDocument, { representations });

    expect(body.errors).toBeUndefined();
    const calls = listCalls();
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.Identifier?.length).sort((a, b) => a! - b!)).toEqual([
      10, 20, 20,
    ]);
    expect(calls.flatMap((call) => call.Identifier ?? []).toSorted()).toEqual(
      records.map((r) => r.Id).toSorted(),
    );
    expect(getCalls()).toEqual([]);
    expect(t.pc.requests()).toHaveLength(3);
    const entities = body.data!._entities;
    expect(entities).toHaveLength(50);
    entities.forEach((entity, index) => {
      expect(entity).toEqual({ __typename: 'Opportunity', ...expectedSummary(records[index]!) });
    });
  });

  it('batches nodes and opportunity(id:) of one query together, asking repeated ids once', async () => {
    const records = spread('Sandbox', 40, 1);
    const ids = records.map(globalId);
    // 40 distinct ids, 5 of them twice in nodes and one more time in opportunity(id:).
    const asked = [...ids, ...ids.slice(10, 15)];

    const { body } = await t.graphql(PcBatchSummaryAndOneDocument, { ids: asked, id: ids[12]! });

    expect(body.errors).toBeUndefined();
    const calls = listCalls();
    expect(calls).toHaveLength(2);
    expect(calls.map((call) => call.Identifier?.length)).toEqual([20, 20]);
    expect(calls.every((call) => call.Catalog === 'Sandbox')).toBe(true);
    const sent = calls.flatMap((call) => call.Identifier ?? []);
    expect(new Set(sent).size).toBe(40);
    expect(getCalls()).toEqual([]);
    expect(body.data!.nodes.map((node) => node?.id)).toEqual(asked);
    expect(body.data!.nodes[42]).toEqual(expectedSummary(records[12]!));
    expect(body.data!.opportunity).toEqual(expectedSummary(records[12]!));
  });

  it('adds exactly one GetOpportunity per distinct id when a GetOpportunity-only field is selected', async () => {
    const records = spread('AWS', 30, 7);
    const ids = records.map(globalId);
    // Ids 0..4 twice in nodes, id 7 once more through opportunity(id:): still 30 distinct.
    const asked = [...ids, ...ids.slice(0, 5)];

    const { body } = await t.graphql(PcBatchDetailsDocument, { ids: asked, id: ids[7]! });

    expect(body.errors).toBeUndefined();
    const lists = listCalls();
    expect(lists).toHaveLength(2);
    expect(lists.map((call) => call.Identifier?.length).sort((a, b) => a! - b!)).toEqual([10, 20]);
    const gets = getCalls();
    expect(gets).toHaveLength(30);
    expect(gets.every((call) => call.Catalog === 'AWS')).toBe(true);
    expect(gets.map((call) => call.Identifier).toSorted()).toEqual(
      records.map((r) => r.Id).toSorted(),
    );
    expect(t.pc.requests()).toHaveLength(32);

    const nodes = body.data!.nodes;
    expect(nodes).toHaveLength(35);
    nodes.forEach((node, index) => {
      const record = records[index % 30]!;
      expect(node).toEqual({
        id: globalId(record),
        name: record.Customer?.Account?.CompanyName ?? null,
        partnerCentral: {
          project: { title: record.Project?.Title ?? null },
          customer: {
            contacts:
              record.Customer?.Contacts?.map((contact) => ({ email: contact.Email ?? null })) ??
              null,
          },
        },
      });
    });
    // The dataset really has what the test reads: titles and contact emails.
    expect(records.every((record) => record.Project?.Title)).toBe(true);
    expect(
      records.filter((record) => record.Customer?.Contacts?.some((c) => c.Email)).length,
    ).toBeGreaterThan(0);
    expect(body.data!.opportunity).toEqual({
      id: ids[7],
      partnerCentral: { project: { title: records[7]!.Project?.Title ?? null } },
    });
  });

  it('starts GetOpportunity together with ListOpportunities for a look-up by id: no chain', async () => {
    const [record] = spread('AWS', 1, 3);
    t.pc.setFaults([{ latencyMs: 150 }]);
    try {
      const { body } = await t.graphql(PcBatchDetailsDocument, {
        ids: [globalId(record!)],
        id: globalId(record!),
      });
      expect(body.errors).toBeUndefined();
    } finally {
      t.pc.clearFaults();
    }
    const [list, get] = [t.pc.requests('ListOpportunities'), t.pc.requests('GetOpportunity')];
    expect([list.length, get.length]).toEqual([1, 1]);
    expectAllInFlightTogether([...list, ...get]);
  });

  it('splits ids of both catalogs into calls per catalog', async () => {
    const aws = spread('AWS', 25, 11);
    const sandbox = spread('Sandbox', 15, 11);
    // Interleaved, so grouping by catalog is the loader's doing, not the order asked.
    const records = Array.from({ length: 40 }, (_, index) =>
      index % 8 < 5
        ? aws[Math.floor(index / 8) * 5 + (index % 8)]!
        : sandbox[Math.floor(index / 8) * 3 + (index % 8) - 5]!,
    );
    expect(new Set(records.map(globalId)).size).toBe(40);

    const { body } = await t.graphql(PcBatchNodesDocument, { ids: records.map(globalId) });

    expect(body.errors).toBeUndefined();
    const calls = listCalls();
    const perCatalog = (catalog: string) =>
      calls
        .filter((call) => call.Catalog === catalog)
        .map((call) => call.Identifier?.length)
        .sort((a, b) => a! - b!);
    expect(calls).toHaveLength(3);
    expect(perCatalog('AWS')).toEqual([5, 20]);
    expect(perCatalog('Sandbox')).toEqual([15]);
    for (const call of calls) {
      const catalog = call.Catalog as Catalog;
      for (const id of call.Identifier ?? []) {
        expect(t.pc.data[catalog].opportunity(id)).toBeDefined();
      }
    }
    expect(getCalls()).toEqual([]);
    body.data!.nodes.forEach((node, index) => {
      expect(node).toEqual({ __typename: 'Opportunity', ...expectedSummary(records[index]!) });
    });
  });

  it('answers a well-formed id that does not exist with null, the rest intact', async () => {
    const records = spread('AWS', 4, 5);
    const missing = `pc:AWS:${MISSING_ID}`;
    // The id exists in AWS, not in Sandbox: the catalog is part of the identity.
    const otherCatalog = `pc:Sandbox:${records[1]!.Id}`;
    expect(t.pc.data.Sandbox.opportunity(records[1]!.Id)).toBeUndefined();
    const ids = [globalId(records[0]!), missing, globalId(records[1]!), otherCatalog];

    const nodes: Answer<PcBatchNodesQuery> = await t.graphql(PcBatchNodesDocument, { ids });

    expect(nodes.body.errors).toBeUndefined();
    expect(nodes.body.data!.nodes).toEqual([
      { __typename: 'Opportunity', ...expectedSummary(records[0]!) },
      null,
      { __typename: 'Opportunity', ...expectedSummary(records[1]!) },
      null,
    ]);
    expect(listCalls()).toHaveLength(2);

    // With GetOpportunity-only fields, GetOpportunity starts with ListOpportunities (no chain),
    // so a missing id costs one GetOpportunity answered "not found": still null, no error.
    t.pc.clearRequests();
    const details = await t.graphql(PcBatchDetailsDocument, {
      ids: [missing, globalId(records[2]!)],
      id: missing,
    });
    expect(details.body.errors).toBeUndefined();
    expect(details.body.data!.nodes[0]).toBeNull();
    expect(details.body.data!.nodes[1]?.id).toBe(globalId(records[2]!));
    expect(details.body.data!.opportunity).toBeNull();
    expect(listCalls()).toHaveLength(1);
    expect(
      getCalls()
        .map((call) => call.Identifier)
        .toSorted(),
    ).toEqual([records[2]!.Id, MISSING_ID].toSorted());
    expect(
      t.pc
        .requests('GetOpportunity')
        .map((entry) => entry.status)
        .toSorted(),
    ).toEqual([200, 404]);
    t.pc.clearRequests(); // the afterEach check is about throttling, not this deliberate 404

    // _entities likewise.
    t.pc.clearRequests();
    const entities = await t.graphql(PcBatchEntitiesDocument, {
      representations: [
        { __typename: 'Opportunity', id: missing },
        { __typename: 'Opportunity', id: globalId(records[3]!) },
      ],
    });
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!._entities).toEqual([
      null,
      { __typename: 'Opportunity', ...expectedSummary(records[3]!) },
    ]);
    expect(listCalls()).toHaveLength(1);
  });
});
