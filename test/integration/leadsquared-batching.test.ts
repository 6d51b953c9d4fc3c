/*
 * LeadSquared look-ups by id go through per-request DataLoaders: whatever the query shape (nodes,
 * opportunity, _entities, prospects), one request costs one GetOpportunitiesById call per 2,000
 * distinct ids and one Leads/Retrieve/ByIds call, asking only for the columns the query selects.
 * Every test reads the simulator's request log, so "one call" is what the upstream saw.
 */
import {
  BatchCompleteListedRecordsDocument,
  BatchEntitiesDocument,
  BatchIdentityColumnsDocument,
  BatchNodesDocument,
  BatchNodesInTwoFieldsDocument,
  BatchProspectsOfOpportunitiesDocument,
  BatchPushDownColumnsDocument,
  BatchPushDownIdOnlyDocument,
  BatchSameIdTwiceDocument,
} from '../__generated__/graphql.js';
import type { OpportunityRecord as SimOpportunity } from '../../src/sources/leadsquared/simulator/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ByIdSearchParameter {
  EventCode: string;
  ProspectActivityId: string[];
  Columns: { Include_CSV: string };
}
interface ByIdBody {
  SearchParameters: ByIdSearchParameter[];
}
interface LeadsByIdsBody {
  SearchParameters: { LeadIds: string[] };
  Columns: { Include_CSV: string };
}

const EVENT_CODES = [12000, 12001, 12003] as const;

/** The simulator's default list order: CreatedOn descending, ties by id ascending (code units). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: SimOpportunity, b: SimOpportunity) =>
  compare(b.CreatedOn, a.CreatedOn) || compare(a.ProspectActivityId, b.ProspectActivityId);

const opportunityId = (record: SimOpportunity, eventCode = record.EventCode) =>
  `lsq:${eventCode}:${record.ProspectActivityId.toLowerCase()}`;
const leadId = (prospectId: string) => `lsq-lead:${prospectId.toLowerCase()}`;

/** Include_CSV as a sorted list: the order of the columns carries no meaning upstream. */
const csvColumns = (csv: string) =>
  csv
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .sort();

/** Trimmed, empty as null: what the mapper makes of a text column. */
const text = (value: string | null) =>
  value === null || value.trim() === '' ? null : value.trim();

describe('LeadSquared batching through the loaders', () => {
  let t: TestApp;
  const byIdCalls = () =>
    t.lsq.requests('GetOpportunitiesById').map((entry) => entry.body as ByIdBody);
  const leadCalls = () =>
    t.lsq.requests('RetrieveLeadsByIds').map((entry) => entry.body as LeadsByIdsBody);
  const record = (eventCode: number, index: number): SimOpportunity => {
    const found = t.lsq.data.opportunitiesOfType(eventCode)[index];
    if (!found) throw new Error(`the dataset has no opportunity ${index} of ${eventCode}`);
    return found;
  };
  /** `count` opportunities, round-robin over the three event codes, so order is a real check. */
  const mixedRecords = (count: number): SimOpportunity[] =>
    Array.from({ length: count }, (_, index) =>
      record(EVENT_CODES[index % 3]!, Math.floor(index / 3)),
    );

  beforeAll(async () => {
    // Each test makes a handful of calls, but together they would brush the default 25 per 5 s;
    // a wide quota keeps throttled retries out of the request log these tests count.
    t = await startTestApp({
      LEADSQUARED_QUOTA_CALLS: '1000',
      LEADSQUARED_QUOTA_WINDOW_MS: '1000',
    });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.lsq.clearRequests());

  it('answers 2,000 ids of three event codes through nodes with one GetOpportunitiesById call', async () => {
    const records = mixedRecords(2_000);
    const ids = records.map((r) => opportunityId(r));

    const { body } = await t.graphql(BatchNodesDocument, { ids });

    expect(body.errors).toBeUndefined();
    const calls = byIdCalls();
    expect(calls).toHaveLength(1);
    expect(t.lsq.requests()).toHaveLength(1);
    const parameters = calls[0]!.SearchParameters;
    expect(parameters.map((p) => p.EventCode).sort()).toEqual(['12000', '12001', '12003']);
    const sent = parameters.flatMap((p) =>
      p.ProspectActivityId.map((id) => `${p.EventCode}:${id}`),
    );
    expect(sent).toHaveLength(2_000);
    expect(new Set(sent)).toEqual(
      new Set(records.map((r) => `${r.EventCode}:${r.ProspectActivityId}`)),
    );
    for (const parameter of parameters) {
      expect(csvColumns(parameter.Columns.Include_CSV)).toEqual(
        ['CreatedOn', 'Owner', 'mx_Custom_1'].sort(),
      );
    }

    const nodes = body.data!.nodes;
    expect(nodes).toHaveLength(2_000);
    nodes.forEach((node, index) => {
      const expected = records[index]!;
      expect(node).toEqual({
        __typename: 'Opportunity',
        id: ids[index],
        sourceId: expected.ProspectActivityId,
        name: text(expected.mx_Custom_1),
        createdAt: expected.CreatedOn,
        leadSquared: {
          eventCode: expected.EventCode,
          prospectActivityId: expected.ProspectActivityId,
          owner: expected.Owner,
        },
      });
    });
  });

  it('answers the same 2,000 ids through _entities with one call', async () => {
    const records = mixedRecords(2_000);
    const representations = records.map((r) => ({
      __typename: 'Opportunity',
      id: opportunityId(r),
    }));

    const { body } = await t.graphql(BatchEntitiesDocument, { representations });

    expect(body.errors).toBeUndefined();
    const calls = byIdCalls();
    expect(calls).toHaveLength(1);
    expect(t.lsq.requests()).toHaveLength(1);
    expect(calls[0]!.SearchParameters).toHaveLength(3);
    expect(calls[0]!.SearchParameters.flatMap((p) => p.ProspectActivityId)).toHaveLength(2_000);
    const entities = body.data!._entities;
    expect(entities).toHaveLength(2_000);
    entities.forEach((entity, index) => {
      const expected = records[index]!;
      expect(entity).toEqual({
        __typename: 'Opportunity',
        id: representations[index]!.id,
        createdAt: expected.CreatedOn,
        leadSquared: {
          eventCode: expected.EventCode,
          prospectActivityId: expected.ProspectActivityId,
        },
      });
    });
  });

  it('splits 2,001 distinct ids (two nodes fields of one query) into exactly two calls', async () => {
    const records = mixedRecords(2_001);
    const ids = records.map((r) => opportunityId(r));

    const { body } = await t.graphql(BatchNodesInTwoFieldsDocument, {
      ids: ids.slice(0, 2_000),
      more: ids.slice(2_000),
    });

    expect(body.errors).toBeUndefined();
    const calls = byIdCalls();
    expect(calls).toHaveLength(2);
    const counts = calls.map((call) =>
      call.SearchParameters.reduce((sum, p) => sum + p.ProspectActivityId.length, 0),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2_000]);
    const sent = calls.flatMap((call) =>
      call.SearchParameters.flatMap((p) =>
        p.ProspectActivityId.map((id) => `${p.EventCode}:${id}`),
      ),
    );
    expect(new Set(sent).size).toBe(2_001);
    expect(body.data!.first2000.map((node) => node?.id)).toEqual(ids.slice(0, 2_000));
    expect(body.data!.more.map((node) => node?.id)).toEqual(ids.slice(2_000));
  });

  it('splits 2,001 _entities representations into exactly two calls', async () => {
    const records = mixedRecords(2_001);
    const representations = records.map((r) => ({
      __typename: 'Opportunity',
      id: opportunityId(r),
    }));

    const { body } = await t.graphql(BatchEntitiesDocument, { representations });

    expect(body.errors).toBeUndefined();
    const calls = byIdCalls();
    expect(calls).toHaveLength(2);
    const counts = calls.map((call) =>
      call.SearchParameters.reduce((sum, p) => sum + p.ProspectActivityId.length, 0),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2_000]);
    expect(body.data!._entities.map((entity) => entity && 'id' in entity && entity.id)).toEqual(
      representations.map((r) => r.id),
    );
  });

  it('sends an id asked twice (nodes and opportunity, other fields, other case) once', async () => {
    const target = record(12001, 10);
    const other = record(12003, 11);
    const id = opportunityId(target);
    const upperCased = `lsq:12001:${target.ProspectActivityId.toUpperCase()}`;

    const { body } = await t.graphql(BatchSameIdTwiceDocument, {
      ids: [id, opportunityId(other), upperCased],
      id,
    });

    expect(body.errors).toBeUndefined();
    const calls = byIdCalls();
    expect(calls).toHaveLength(1);
    const sent = calls[0]!.SearchParameters.flatMap((p) => p.ProspectActivityId);
    expect(
      sent.filter((sentId) => sentId.toLowerCase() === target.ProspectActivityId),
    ).toHaveLength(1);
    expect(sent).toHaveLength(2);
    // One call serves both field sets: the union of the columns goes upstream.
    for (const parameter of calls[0]!.SearchParameters) {
      expect(csvColumns(parameter.Columns.Include_CSV)).toEqual(
        ['CreatedOn', 'Status', 'mx_Custom_1'].sort(),
      );
    }
    expect(body.data!.nodes).toEqual([
      { id, name: text(target.mx_Custom_1) },
      { id: opportunityId(other), name: text(other.mx_Custom_1) },
      // Ids are canonical: the upper-case spelling answers with the lower-case id.
      { id, name: text(target.mx_Custom_1) },
    ]);
    expect(body.data!.opportunity).toEqual({ id, leadSquared: { status: target.Status } });
  });

  it('answers null for a well-formed id that does not exist, and the rest arrive', async () => {
    const known = mixedRecords(3);
    const missing = 'lsq:12003:00000000-0000-4000-8000-000000000000';
    expect(t.lsq.data.opportunity(missing.split(':')[2]!)).toBeUndefined();
    const ids = [
      opportunityId(known[0]!),
      missing,
      opportunityId(known[1]!),
      opportunityId(known[2]!),
    ];

    const { body } = await t.graphql(BatchNodesDocument, { ids });

    expect(body.errors).toBeUndefined();
    expect(byIdCalls()).toHaveLength(1);
    expect(body.data!.nodes.map((node) => node?.id ?? null)).toEqual([
      ids[0],
      null,
      ids[2],
      ids[3],
    ]);
  });

  it('answers null for an id filed under another event code than the id says', async () => {
    const real = record(12000, 5);
    const wrong = opportunityId(real, 12001);
    const alsoWrong = opportunityId(real, 12003);

    // Alone: the upstream answers nothing for it.
    const alone = await t.graphql(BatchNodesDocument, { ids: [wrong] });
    expect(alone.body.errors).toBeUndefined();
    expect(alone.body.data!.nodes).toEqual([null]);
    expect(byIdCalls()).toHaveLength(1);

    // Next to its real code the upstream files it under 12000 whatever bucket asked: still null,
    // and the canonical id of the same record resolves in the same call.
    t.lsq.clearRequests();
    const mixed = await t.graphql(BatchNodesDocument, {
      ids: [wrong, opportunityId(real), alsoWrong],
    });
    expect(mixed.body.errors).toBeUndefined();
    expect(byIdCalls()).toHaveLength(1);
    expect(mixed.body.data!.nodes.map((node) => node?.id ?? null)).toEqual([
      null,
      opportunityId(real),
      null,
    ]);
  });

  it('pushes the selected columns down into Include_CSV, and only CreatedOn for id alone', async () => {
    const target = record(12003, 42);
    const id = opportunityId(target);

    const full = await t.graphql(BatchPushDownColumnsDocument, { id });
    expect(full.body.errors).toBeUndefined();
    const fullCalls = byIdCalls();
    expect(fullCalls).toHaveLength(1);
    expect(fullCalls[0]!.SearchParameters).toEqual([
      {
        EventCode: '12003',
        ProspectActivityId: [target.ProspectActivityId],
        Columns: { Include_CSV: expect.any(String) },
      },
    ]);
    expect(csvColumns(fullCalls[0]!.SearchParameters[0]!.Columns.Include_CSV)).toEqual(
      ['CreatedOn', 'Owner', 'mx_Custom_1', 'mx_Custom_4'].sort(),
    );
    expect(full.body.data!.opportunity).toEqual({
      id,
      name: text(target.mx_Custom_1),
      leadSquared: { owner: target.Owner, channel: target.mx_Custom_4 },
    });

    t.lsq.clearRequests();
    const bare = await t.graphql(BatchPushDownIdOnlyDocument, { id });
    expect(bare.body.errors).toBeUndefined();
    const bareCalls = byIdCalls();
    expect(bareCalls).toHaveLength(1);
    expect(bareCalls[0]!.SearchParameters[0]!.Columns.Include_CSV).toBe('CreatedOn');
    expect(bare.body.data!.opportunity).toEqual({ id });
  });

  it('loads the prospects of 50 opportunities with one RetrieveLeadsByIds call', async () => {
    const records = mixedRecords(50);
    const ids = records.map((r) => opportunityId(r));

    const { body } = await t.graphql(BatchProspectsOfOpportunitiesDocument, { ids });

    expect(body.errors).toBeUndefined();
    expect(byIdCalls()).toHaveLength(1);
    const calls = leadCalls();
    expect(calls).toHaveLength(1);
    expect(t.lsq.requests()).toHaveLength(2);
    const distinctLeads = new Set(records.map((r) => r.RelatedProspectId.toLowerCase()));
    const sentLeads = calls[0]!.SearchParameters.LeadIds.map((leadIdSent) =>
      leadIdSent.toLowerCase(),
    );
    expect(sentLeads).toHaveLength(distinctLeads.size);
    expect(new Set(sentLeads)).toEqual(distinctLeads);

    body.data!.nodes.forEach((node, index) => {
      const lead = t.lsq.data.lead(records[index]!.RelatedProspectId);
      if (!lead) throw new Error('dataset lead missing');
      expect(node).toEqual({
        id: ids[index],
        prospects: [
          {
            id: leadId(lead.ProspectID),
            sourceId: lead.ProspectID,
            email: lead.EmailAddress,
            firstName: lead.FirstName,
            lastName: lead.LastName,
            company: lead.Company,
          },
        ],
      });
    });
  });

  it('answers field(name:) for the columns every response carries, without an extra call', async () => {
    // ProspectActivityId, ProspectId and EmailAddress come back in every response; field(name:)
    // promises any Include_CSV column, so they must not read as null nor trigger a completion.
    const listed = t.lsq.data.opportunitiesOfType(12003).toSorted(newestFirst).slice(0, 3);
    const target = record(12000, 7);

    const { body } = await t.graphql(BatchIdentityColumnsDocument, {
      eventCode: 12003,
      first: 3,
      id: opportunityId(target),
    });

    expect(body.errors).toBeUndefined();
    expect(t.lsq.requests('RetrieveOpportunitiesBySearchParameter')).toHaveLength(1);
    expect(byIdCalls()).toHaveLength(1);
    expect(t.lsq.requests()).toHaveLength(2);
    const columnsOf = (r: SimOpportunity) => ({
      activityId: r.ProspectActivityId,
      leadId: r.RelatedProspectId,
      leadEmail: t.lsq.data.lead(r.RelatedProspectId)?.EmailAddress ?? null,
    });
    expect(body.data!.leadSquaredOpportunities!.nodes).toEqual(
      listed.map((r) => ({ id: opportunityId(r), leadSquared: columnsOf(r) })),
    );
    expect(body.data!.opportunity).toEqual({
      id: opportunityId(target),
      leadSquared: columnsOf(target),
    });
  });

  it('completes listed records whose columns were not fetched with at most one batched call', async () => {
    // A realistic shape: a shared fragment selects `status` on a lead's opportunities, and one
    // use of it adds `name` and `stage` on the same connection field. Whatever Include_CSV the
    // listing sent, `name`/`stage` must be the dataset's values (never a wrong null), at the cost
    // of at most one GetOpportunitiesById call for the whole request (the completion batch).
    // Leads with opportunities in two event codes or more, so a page of 2 spans codes.
    const spanning = t.lsq.data.leads.filter(
      (lead) =>
        EVENT_CODES.filter(
          (code) => t.lsq.data.opportunitiesOfLead(lead.ProspectID, code).length > 0,
        ).length >= 2,
    );
    const [leadA, leadB] = spanning;
    if (!leadA || !leadB) throw new Error('the dataset has too few leads with opportunities');

    const { body } = await t.graphql(BatchCompleteListedRecordsDocument, {
      a: leadId(leadA.ProspectID),
      b: leadId(leadB.ProspectID),
    });

    expect(body.errors).toBeUndefined();
    // Newest first across event codes; equal times by global id.
    const expectedOf = (prospectId: string) =>
      EVENT_CODES.flatMap((code) => t.lsq.data.opportunitiesOfLead(prospectId, code))
        .toSorted(
          (a, b) =>
            compare(b.CreatedOn, a.CreatedOn) || compare(opportunityId(a), opportunityId(b)),
        )
        .slice(0, 2);
    expect(body.data!.a!.opportunities!.nodes).toEqual(
      expectedOf(leadA.ProspectID).map((r) => ({
        id: opportunityId(r),
        leadSquared: { status: r.Status },
      })),
    );
    expect(body.data!.b!.opportunities!.nodes).toEqual(
      expectedOf(leadB.ProspectID).map((r) => ({
        id: opportunityId(r),
        leadSquared: { status: r.Status },
        name: text(r.mx_Custom_1),
        stage: text(r.mx_Custom_2),
      })),
    );
    expect(leadCalls()).toHaveLength(1);
    expect(byIdCalls().length).toBeLessThanOrEqual(1);
    // Each lead's page reads at most one page per event code.
    expect(t.lsq.requests('GetOpportunitiesOfLead').length).toBeLessThanOrEqual(
      2 * EVENT_CODES.length,
    );
  });
});
