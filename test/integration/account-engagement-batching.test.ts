/*
 * Account Engagement look-ups by id go through the per-request loaders: ids close together share
 * one `opportunity.query` over their id range, lone ids are `read` in parallel but never more than
 * five at a time (the API's concurrency limit, error 66). The output level follows the query:
 * `full` (prospects with every field, in the same call) only when `prospects` is selected.
 * Every assertion on cost reads the simulator's request log.
 */
import type { ExecutionResult } from 'graphql';
import {
  AeNodesDocument,
  AeNodesWithProspectsDocument,
  AeOpportunityDocument,
  AeOpportunityWithProspectsDocument,
  AePageWithoutProspectsDocument,
  AePageWithProspectsDocument,
  AeProspectDocument,
  BatchEntitiesDocument,
  type AeProspectQuery,
} from '../__generated__/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  aeId,
  aeProspectId,
  apiCalls,
  codes,
  live,
  maxInFlight,
  sorted,
  wireIso,
  type SimOpportunity,
} from './account-engagement-support.js';

/** The loader's id-range span (src/sources/account-engagement/loaders/id-range-plan.ts): ids closer than this share a query. */
const RANGE_SPAN = 200;

describe('Account Engagement look-ups by id', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // The first request fetches a token; keep it out of the counts below.
    await t.graphql(AeOpportunityDocument, { id: 'ae:1' });
  });
  afterAll(() => t.stop());
  beforeEach(() => {
    t.ae.clearRequests();
    t.ae.clearFaults();
  });

  it('20 ids inside a range of 25 cost one opportunity.query', async () => {
    const records = sorted(live(t.ae), 'ID', 'ASC');
    const start = records.findIndex((o) => o.id >= 300);
    const window = records.slice(start).filter((o) => o.id < records[start]!.id + 25);
    expect(window.length).toBeGreaterThanOrEqual(20);
    const ids = window.slice(0, 20).map((o) => aeId(o.id));
    const { body } = await t.graphql(AeNodesDocument, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes.map((node) => node?.id)).toEqual(ids);
    expect(body.data!.nodes.map((node) => node?.__typename === 'Opportunity' && node.name)).toEqual(
      window.slice(0, 20).map((o) => o.name),
    );
    const calls = apiCalls(t.ae);
    expect(calls.map((call) => call.operation)).toEqual(['opportunity.query']);
    // No prospects selected: the lighter output level.
    expect(calls[0]!.query).toMatchObject({ sort_by: 'id', output: 'simple' });
  });

  it('a deleted and a missing id are null: one range query and one read', async () => {
    const deleted = t.ae.data.opportunities.find((o) => o.deleted && o.id > 10)!;
    const neighbour = live(t.ae).find((o) => o.id > deleted.id)!;
    const missing = t.ae.data.opportunities.at(-1)!.id + 3;
    const ids = [aeId(deleted.id), aeId(neighbour.id), aeId(missing)];
    const { body } = await t.graphql(AeNodesDocument, { ids });
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes.map((node) => node?.id ?? null)).toEqual([
      null,
      aeId(neighbour.id),
      null,
    ]);
    // The deleted id and its neighbour share a range; the missing id is far away and read alone.
    expect(
      apiCalls(t.ae)
        .map((call) => [call.operation, call.status])
        .sort(),
    ).toEqual([
      ['opportunity.query', 200],
      ['opportunity.read', 400],
    ]);
  });

  it('the same id twice, through nodes, opportunity and _entities, is one call', async () => {
    const record = live(t.ae)[50]!;
    const id = aeId(record.id);
    const nodes = await t.graphql(AeNodesDocument, { ids: [id, id] });
    expect(nodes.body.data!.nodes.map((node) => node?.id)).toEqual([id, id]);
    expect(apiCalls(t.ae)).toHaveLength(1);

    t.ae.clearRequests();
    const entities = await t.graphql(BatchEntitiesDocument, {
      representations: [
        { __typename: 'Opportunity', id },
        { __typename: 'Opportunity', id: aeId(live(t.ae)[51]!.id) },
      ],
    });
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!._entities.map((e) => e && 'id' in e && e.id)).toEqual([
      id,
      aeId(live(t.ae)[51]!.id),
    ]);
    expect(apiCalls(t.ae).map((call) => call.operation)).toEqual(['opportunity.query']);
  });

  it('maps a record read by id, every field', async () => {
    const record = live(t.ae).find((o) => o.closed_at !== null && o.type !== null)!;
    const { body } = await t.graphql(AeOpportunityDocument, { id: aeId(record.id) });
    expect(body.errors).toBeUndefined();
    const campaign = t.ae.data.campaign(record.campaign_id)!;
    expect(body.data!.opportunity).toEqual({
      id: aeId(record.id),
      source: 'ACCOUNT_ENGAGEMENT',
      sourceId: String(record.id),
      name: record.name,
      stage: record.stage,
      probability: record.probability,
      createdAt: wireIso(record.created_at),
      lastModifiedAt: wireIso(record.updated_at),
      amount: { amount: Number(record.value).toFixed(2), currencyCode: null },
      accountEngagement: {
        opportunityId: record.id,
        name: record.name,
        value: String(record.value),
        probability: record.probability,
        type: record.type,
        stage: record.stage,
        status: record.status,
        closedAt: wireIso(record.closed_at),
        campaign: { id: campaign.id, name: campaign.name },
        createdAt: wireIso(record.created_at),
        updatedAt: wireIso(record.updated_at),
      },
    });
    // One id alone is a read.
    expect(apiCalls(t.ae).map((call) => [call.operation, call.query.output])).toEqual([
      ['opportunity.read', 'simple'],
    ]);
  });

  it('a well-formed id that does not exist is null; a malformed one is BAD_USER_INPUT, no call', async () => {
    const missing = await t.graphql(AeOpportunityDocument, { id: 'ae:987654321' });
    expect(missing.body.errors).toBeUndefined();
    expect(missing.body.data!.opportunity).toBeNull();
    expect(apiCalls(t.ae).map((call) => [call.operation, call.status])).toEqual([
      ['opportunity.read', 400],
    ]);
    t.ae.clearRequests();
    for (const id of ['ae:', 'ae:0', 'ae:01', 'ae:1:2', 'ae-prospect:5']) {
      const bad = await t.graphql(AeOpportunityDocument, { id });
      expect(codes(bad.body.errors)).toEqual(['BAD_USER_INPUT']);
    }
    expect(t.ae.requests()).toEqual([]);
  });

  describe('prospects', () => {
    const prospectOf = (id: number) => t.ae.data.prospect(id)!;

    it('opportunity { prospects } reads full output once and answers every prospect field from it', async () => {
      const record = live(t.ae).find((o) => o.prospectIds.length >= 2)!;
      const { body } = await t.graphql(AeOpportunityWithProspectsDocument, { id: aeId(record.id) });
      expect(body.errors).toBeUndefined();
      expect(body.data!.opportunity!.prospects).toEqual(
        record.prospectIds.map((id) => {
          const p = prospectOf(id);
          return {
            id: aeProspectId(p.id),
            source: 'ACCOUNT_ENGAGEMENT',
            sourceId: String(p.id),
            email: p.email,
            firstName: p.first_name,
            lastName: p.last_name,
            company: p.company,
            createdAt: wireIso(p.created_at),
            lastModifiedAt: wireIso(p.updated_at),
            accountEngagement: {
              prospectId: p.id,
              salutation: p.salutation,
              jobTitle: p.job_title,
              department: p.department,
              website: p.website,
              phone: p.phone,
              city: p.city,
              state: p.state,
              zip: p.zip,
              country: p.country,
              source: p.source,
              industry: p.industry,
              annualRevenue: p.annual_revenue,
              employees: p.employees,
              score: p.score,
              grade: p.grade,
              lastActivityAt: wireIso(p.last_activity_at),
              crmLeadFid: p.crm_lead_fid,
              crmContactFid: p.crm_contact_fid,
              isDoNotEmail: p.is_do_not_email,
              isDoNotCall: p.is_do_not_call,
              optedOut: p.opted_out,
              isStarred: p.is_starred,
              jobTitleByName: p.job_title,
              unknown: null,
            },
          };
        }),
      );
      expect(apiCalls(t.ae).map((call) => [call.operation, call.query.output])).toEqual([
        ['opportunity.read', 'full'],
      ]);
    });

    it('nodes { prospects } of close ids: one full query, no prospect calls', async () => {
      const records = sorted(live(t.ae), 'ID', 'ASC').slice(100, 110);
      const { body } = await t.graphql(AeNodesWithProspectsDocument, {
        ids: records.map((o) => aeId(o.id)),
      });
      expect(body.errors).toBeUndefined();
      expect(
        body.data!.nodes.map((node) => (node && 'prospects' in node ? node.prospects : null)),
      ).toEqual(records.map((o) => o.prospectIds.map((id) => ({ id: aeProspectId(id) }))));
      expect(apiCalls(t.ae).map((call) => [call.operation, call.query.output])).toEqual([
        ['opportunity.query', 'full'],
      ]);
    });

    it('a listing with prospects is one full query; without them, one simple query', async () => {
      const withProspects = await t.graphql(AePageWithProspectsDocument, { first: 30 });
      expect(withProspects.body.errors).toBeUndefined();
      const expected = sorted(live(t.ae)).slice(0, 30);
      expect(
        withProspects.body.data!.accountEngagementOpportunities!.nodes.map((node) =>
          node.prospects!.map((p) => [p.id, p.accountEngagement?.jobTitle, p.createdAt]),
        ),
      ).toEqual(
        expected.map((o) =>
          o.prospectIds.map((id) => [
            aeProspectId(id),
            prospectOf(id).job_title,
            wireIso(prospectOf(id).created_at),
          ]),
        ),
      );
      expect(apiCalls(t.ae).map((call) => [call.operation, call.query.output])).toEqual([
        ['opportunity.query', 'full'],
      ]);

      t.ae.clearRequests();
      const without = await t.graphql(AePageWithoutProspectsDocument, { first: 30 });
      expect(without.body.errors).toBeUndefined();
      expect(
        without.body.data!.accountEngagementOpportunities!.nodes.map((node) => node.id),
      ).toEqual(expected.map((o) => aeId(o.id)));
      expect(apiCalls(t.ae).map((call) => [call.operation, call.query.output])).toEqual([
        ['opportunity.query', 'simple'],
      ]);
    });

    it('prospect(id): one read, its fields, and its opportunities over prospect_id', async () => {
      // A prospect with several opportunities, walked one at a time.
      const counts = new Map<number, SimOpportunity[]>();
      for (const o of live(t.ae)) {
        for (const id of o.prospectIds) counts.set(id, [...(counts.get(id) ?? []), o]);
      }
      const [prospectId, owned] = [...counts].find(([, list]) => list.length >= 3)!;
      const p = prospectOf(prospectId);
      const expected = sorted(owned).map((o) => [aeId(o.id), wireIso(o.created_at)]);

      const seen: (string | null)[][] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard += 1) {
        t.ae.clearRequests();
        const answer: { body: ExecutionResult<AeProspectQuery> } = await t.graphql(
          AeProspectDocument,
          { id: aeProspectId(prospectId), first: 1, after },
        );
        expect(answer.body.errors).toBeUndefined();
        const prospect: NonNullable<AeProspectQuery['prospect']> = answer.body.data!.prospect!;
        expect(prospect).toMatchObject({
          id: aeProspectId(prospectId),
          source: 'ACCOUNT_ENGAGEMENT',
          email: p.email,
          firstName: p.first_name,
          company: p.company,
          createdAt: wireIso(p.created_at),
          accountEngagement: {
            prospectId,
            jobTitle: p.job_title,
            score: p.score,
            grade: p.grade,
            isStarred: p.is_starred,
            field: p.crm_contact_fid,
          },
        });
        expect(prospect.opportunities!.totalCount).toBe(owned.length);
        seen.push(...prospect.opportunities!.nodes.map((node) => [node.id, node.createdAt]));
        const calls = apiCalls(t.ae);
        expect(calls.map((call) => call.operation).sort()).toEqual([
          'opportunity.query',
          'prospect.read',
        ]);
        expect(calls.find((call) => call.operation === 'opportunity.query')!.query).toMatchObject({
          prospect_id: String(prospectId),
          offset: String(seen.length - 1),
          limit: '1',
          sort_by: 'created_at',
          sort_order: 'descending',
        });
        if (!prospect.opportunities!.pageInfo.hasNextPage) break;
        after = prospect.opportunities!.pageInfo.endCursor!;
      }
      expect(seen).toEqual(expected);
    });

    it('a missing prospect is null', async () => {
      const { body } = await t.graphql(AeProspectDocument, { id: 'ae-prospect:1' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.prospect).toBeNull();
    });
  });
});

describe('Account Engagement look-ups of ids far apart', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Enough records that 20 live ids can be more than the loader's range span apart.
    t = await startTestApp({ SIMULATOR_RECORDS: '4500' });
    await t.graphql(AeOpportunityDocument, { id: 'ae:1' });
  });
  afterAll(() => t.stop());

  it('20 spread ids are at most 20 parallel reads, never more than 5 in flight', async () => {
    const records = sorted(live(t.ae), 'ID', 'ASC');
    const picked: SimOpportunity[] = [];
    for (const record of records) {
      if (picked.length === 20) break;
      if (picked.length === 0 || record.id - picked.at(-1)!.id > RANGE_SPAN + 10) {
        picked.push(record);
      }
    }
    expect(picked).toHaveLength(20);
    // Every read takes 40 ms, so requests the client did not hold back would overlap.
    t.ae.setFaults([{ operation: 'opportunity.read', latencyMs: 40 }]);
    t.ae.clearRequests();
    const ids = picked.map((o) => aeId(o.id)).reverse();
    const { body } = await t.graphql(AeNodesDocument, { ids });
    t.ae.clearFaults();
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes.map((node) => node?.id)).toEqual(ids);

    const calls = apiCalls(t.ae);
    expect(calls.every((call) => call.operation === 'opportunity.read')).toBe(true);
    expect(calls.length).toBeLessThanOrEqual(20);
    // No error 66 (over the concurrency limit): every read answered 200.
    expect(calls.map((call) => call.status)).toEqual(calls.map(() => 200));
    expect(maxInFlight(calls)).toBeLessThanOrEqual(5);
    // ...and they did run in parallel.
    expect(maxInFlight(calls)).toBeGreaterThan(1);
  });
});
