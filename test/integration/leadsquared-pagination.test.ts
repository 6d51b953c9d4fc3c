/*
 * LeadSquared connections walked end to end against the simulator, and every way to get their
 * arguments wrong. A walk must return each record once, in the upstream order, at one upstream call
 * per page; a bad argument must fail with BAD_USER_INPUT naming it before any upstream call.
 */
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import {
  PageLeadOpportunitiesDocument,
  PageLeadSquaredOpportunitiesDocument,
  type LeadSquaredOpportunityFilter,
  type LeadSquaredOpportunityOrder,
  type PageLeadOpportunitiesQuery,
  type PageLeadSquaredOpportunitiesQuery,
} from '../__generated__/graphql.js';
import type { OpportunityRecord as SimOpportunity } from '../../src/sources/leadsquared/simulator/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EVENT_CODES = [12000, 12001, 12003] as const;
const FIRST = 7;

type SortColumn = 'CreatedOn' | 'ModifiedOn';

interface SearchBody {
  OpportunityEventCode: number;
  Paging: { PageIndex: number; PageSize: number };
  Sorting: { ColumnName: string; Direction: string };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The simulator's order: the column in the asked direction, ties by id ascending either way. */
function sorted(
  records: readonly SimOpportunity[],
  column: SortColumn,
  descending: boolean,
): SimOpportunity[] {
  return records.toSorted((a, b) => {
    const byColumn = compare(a[column], b[column]);
    return (
      (descending ? -byColumn : byColumn) || compare(a.ProspectActivityId, b.ProspectActivityId)
    );
  });
}

const opportunityId = (record: SimOpportunity) =>
  `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}`;
const ms = (iso: string) => Date.parse(iso);

type Page = PageLeadSquaredOpportunitiesQuery['leadSquaredOpportunities'];
type LeadPage = NonNullable<PageLeadOpportunitiesQuery['prospect']>['opportunities'];
/** Spelled out where a loop feeds a cursor back into the next request (TS cannot infer it). */
type Answer<T> = { body: ExecutionResult<T> };

describe('LeadSquared pagination', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Whole walks cost 143 calls each: a quota far above them keeps the limiter out of the way
    // (both the client and the simulator read these variables).
    t = await startTestApp({
      LEADSQUARED_QUOTA_CALLS: '10000',
      LEADSQUARED_QUOTA_WINDOW_MS: '1000',
    });
  });
  afterAll(() => t.stop());
  beforeEach(() => t.lsq.clearRequests());

  const searchCalls = () =>
    t.lsq
      .requests('RetrieveOpportunitiesBySearchParameter')
      .map((entry) => entry.body as SearchBody);

  /**
   * Walks leadSquaredOpportunities to the end, checking on every page that exactly one upstream
   * call was made and that pageInfo is consistent; returns the pages.
   */
  async function walk(
    eventCode: number,
    filter: LeadSquaredOpportunityFilter | undefined,
    orderBy: LeadSquaredOpportunityOrder | undefined,
    expectedSorting: { ColumnName: string; Direction: string },
  ): Promise<Page[]> {
    const pages: Page[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1_000; guard += 1) {
      t.lsq.clearRequests();
      const { body }: Answer<PageLeadSquaredOpportunitiesQuery> = await t.graphql(
        PageLeadSquaredOpportunitiesDocument,
        {
          eventCode,
          first: FIRST,
          after,
          filter,
          orderBy,
        },
      );
      expect(body.errors).toBeUndefined();
      const page: Page = body.data!.leadSquaredOpportunities;
      const calls = searchCalls();
      expect(t.lsq.requests()).toHaveLength(1);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.OpportunityEventCode).toBe(eventCode);
      expect(calls[0]!.Sorting).toEqual(expectedSorting);
      expect(page!.pageInfo.hasPreviousPage).toBe(pages.length > 0);
      expect(page!.pageInfo.startCursor).toBe(page!.edges[0]?.cursor ?? null);
      expect(page!.pageInfo.endCursor).toBe(page!.edges.at(-1)?.cursor ?? null);
      pages.push(page);
      if (!page!.pageInfo.hasNextPage) return pages;
      expect(page!.edges).toHaveLength(FIRST);
      after = page!.pageInfo.endCursor;
    }
    throw new Error('the walk did not end');
  }

  function expectWalk(pages: Page[], expected: readonly SimOpportunity[]): void {
    const ids = pages.flatMap((page) => page!.edges.map((edge) => edge.node.id));
    expect(ids).toEqual(expected.map(opportunityId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / FIRST)));
    pages.forEach((page, index) => {
      expect(page!.totalCount).toBe(expected.length);
      expect(page!.pageInfo.hasNextPage).toBe(index < pages.length - 1);
    });
    const nodes = pages.flatMap((page) => page!.edges.map((edge) => edge.node));
    nodes.forEach((node, index) => {
      const record = expected[index]!;
      expect(node).toEqual({
        id: opportunityId(record),
        createdAt: record.CreatedOn,
        lastModifiedAt: record.ModifiedOn,
        leadSquared: { status: record.Status },
      });
    });
  }

  describe('walking leadSquaredOpportunities(eventCode: 12003, first: 7)', () => {
    it('returns every record once, newest first with ties by id, by default', async () => {
      const records = t.lsq.data.opportunitiesOfType(12003);
      expect(records).toHaveLength(1_000);
      // The seed reuses CreatedOn on purpose: the tie-break is really exercised.
      expect(new Set(records.map((r) => r.CreatedOn)).size).toBeLessThan(1_000);

      const pages = await walk(12003, undefined, undefined, {
        ColumnName: 'CreatedOn',
        Direction: '1',
      });

      expect(pages).toHaveLength(143);
      expect(pages.at(-1)!.edges).toHaveLength(6);
      expectWalk(pages, sorted(records, 'CreatedOn', true));
    });

    it.each([
      ['CREATED_ON', 'DESC', 'CreatedOn', '1'],
      ['CREATED_ON', 'ASC', 'CreatedOn', '0'],
      ['MODIFIED_ON', 'DESC', 'ModifiedOn', '1'],
      ['MODIFIED_ON', 'ASC', 'ModifiedOn', '0'],
    ] as const)(
      'returns every record once ordered by %s %s',
      async (field, direction, column, upstreamDirection) => {
        const records = t.lsq.data.opportunitiesOfType(12003);
        const pages = await walk(
          12003,
          undefined,
          { field, direction },
          { ColumnName: column, Direction: upstreamDirection },
        );
        expectWalk(pages, sorted(records, column, direction === 'DESC'));
      },
    );
  });

  describe('walking with a filter', () => {
    /** CreatedOn values shared by two records of 12003: the boundaries where strictness shows. */
    function sharedCreatedOn(): string[] {
      const counts = new Map<string, number>();
      for (const record of t.lsq.data.opportunitiesOfType(12003))
        counts.set(record.CreatedOn, (counts.get(record.CreatedOn) ?? 0) + 1);
      return [...counts]
        .filter(([, count]) => count > 1)
        .map(([instant]) => instant)
        .sort();
    }

    it('returns exactly the records created strictly inside a whole-second range', async () => {
      const shared = sharedCreatedOn();
      const after = shared[Math.floor(shared.length * 0.2)]!;
      const before = shared[Math.floor(shared.length * 0.6)]!;
      const expected = sorted(
        t.lsq.data
          .opportunitiesOfType(12003)
          .filter((r) => ms(r.CreatedOn) > ms(after) && ms(r.CreatedOn) < ms(before)),
        'CreatedOn',
        true,
      );
      expect(expected.length).toBeGreaterThan(FIRST);

      const pages = await walk(12003, { createdAfter: after, createdBefore: before }, undefined, {
        ColumnName: 'CreatedOn',
        Direction: '1',
      });

      expectWalk(pages, expected);
      // Both records at each boundary are left out: the comparisons are strict.
      const ids = new Set(pages.flatMap((page) => page!.edges.map((edge) => edge.node.id)));
      for (const record of t.lsq.data.opportunitiesOfType(12003)) {
        if (record.CreatedOn === after || record.CreatedOn === before)
          expect(ids.has(opportunityId(record))).toBe(false);
      }
    });

    it('compares at second precision: bounds with a fraction keep the records they should', async () => {
      // createdBefore 10:00:00.500 must keep a record created at 10:00:00 (it is strictly before)
      // and createdAfter 10:00:00.500 must drop it; the records carry whole seconds.
      const shared = sharedCreatedOn();
      const low = shared[Math.floor(shared.length * 0.3)]!;
      const high = shared[Math.floor(shared.length * 0.5)]!;
      const plusHalf = (iso: string) => new Date(ms(iso) + 500).toISOString();
      const after = plusHalf(low);
      const before = plusHalf(high);
      const expected = sorted(
        t.lsq.data
          .opportunitiesOfType(12003)
          .filter((r) => ms(r.CreatedOn) > ms(after) && ms(r.CreatedOn) < ms(before)),
        'CreatedOn',
        false,
      );
      expect(expected.filter((r) => r.CreatedOn === high)).toHaveLength(2);
      expect(expected.some((r) => r.CreatedOn === low)).toBe(false);

      const pages = await walk(
        12003,
        { createdAfter: after, createdBefore: before },
        { field: 'CREATED_ON', direction: 'ASC' },
        { ColumnName: 'CreatedOn', Direction: '0' },
      );

      expectWalk(pages, expected);
    });

    it('returns exactly the records of a status', async () => {
      const expected = sorted(
        t.lsq.data.opportunitiesOfType(12003).filter((r) => r.Status === 'Won'),
        'ModifiedOn',
        true,
      );
      expect(expected.length).toBeGreaterThan(FIRST);

      const pages = await walk(
        12003,
        { status: 'Won' },
        { field: 'MODIFIED_ON', direction: 'DESC' },
        { ColumnName: 'ModifiedOn', Direction: '1' },
      );

      expectWalk(pages, expected);
    });

    it('returns exactly the records matching a status and a modification range together', async () => {
      const modified = t.lsq.data
        .opportunitiesOfType(12003)
        .map((r) => r.ModifiedOn)
        .sort();
      const after = modified[300]!;
      const before = modified[800]!;
      const expected = sorted(
        t.lsq.data
          .opportunitiesOfType(12003)
          .filter(
            (r) =>
              r.Status === 'Open' && ms(r.ModifiedOn) > ms(after) && ms(r.ModifiedOn) < ms(before),
          ),
        'CreatedOn',
        true,
      );
      expect(expected.length).toBeGreaterThan(FIRST);

      const pages = await walk(
        12003,
        { status: 'Open', modifiedAfter: after, modifiedBefore: before },
        undefined,
        { ColumnName: 'CreatedOn', Direction: '1' },
      );

      expectWalk(pages, expected);
    });
  });

  describe('cursors', () => {
    const FILTER = { status: 'Won' };

    async function firstPageCursor(): Promise<string> {
      const { body } = await t.graphql(PageLeadSquaredOpportunitiesDocument, {
        eventCode: 12003,
        first: 3,
        filter: FILTER,
      });
      expect(body.errors).toBeUndefined();
      const cursor = body.data!.leadSquaredOpportunities!.pageInfo.endCursor;
      if (!cursor) throw new Error('no cursor');
      t.lsq.clearRequests();
      return cursor;
    }

    async function expectRejected(variables: Record<string, unknown>): Promise<void> {
      const { status, body } = await t.graphql(PageLeadSquaredOpportunitiesDocument, {
        eventCode: 12003,
        first: 3,
        ...variables,
      });
      expect(status).toBe(200);
      expect(body.data).toEqual({ leadSquaredOpportunities: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
      expect(t.lsq.requests()).toEqual([]);
    }

    it('resumes with the arguments that made the cursor, however they are spelled', async () => {
      const cursor = await firstPageCursor();
      const expected = sorted(
        t.lsq.data.opportunitiesOfType(12003).filter((r) => r.Status === 'Won'),
        'CreatedOn',
        true,
      ).slice(3, 6);

      const { body } = await t.graphql(PageLeadSquaredOpportunitiesDocument, {
        eventCode: 12003,
        first: 3,
        after: cursor,
        // The explicit default order and an explicit null owner select the same records.
        filter: { ...FILTER, owner: null },
        orderBy: { field: 'CREATED_ON', direction: 'DESC' },
      });

      expect(body.errors).toBeUndefined();
      expect(body.data!.leadSquaredOpportunities!.edges.map((edge) => edge.node.id)).toEqual(
        expected.map(opportunityId),
      );
      expect(searchCalls()).toHaveLength(1);
    });

    it('refuses a cursor reused with another filter, order or event code, with no upstream call', async () => {
      const cursor = await firstPageCursor();
      await expectRejected({ after: cursor, filter: { status: 'Lost' } });
      await expectRejected({ after: cursor });
      await expectRejected({
        after: cursor,
        filter: { ...FILTER, createdAfter: '2024-01-01T00:00:00Z' },
      });
      await expectRejected({ after: cursor, filter: FILTER, orderBy: { field: 'MODIFIED_ON' } });
      await expectRejected({ after: cursor, filter: FILTER, orderBy: { direction: 'ASC' } });
      await expectRejected({ after: cursor, filter: FILTER, eventCode: 12000 });
    });

    it('refuses forged, edited and truncated cursors, with no upstream call', async () => {
      const cursor = await firstPageCursor();
      const record = JSON.parse(
        Buffer.from(cursor.slice('og1.'.length), 'base64url').toString('utf8'),
      ) as { v: number; b: string; p: { kind: string; offset: number }; c: string };
      const encode = (value: unknown) =>
        `og1.${Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')}`;

      // The real cursor re-encoded is accepted: the forgeries below differ only where they say.
      t.lsq.clearRequests();
      const control = await t.graphql(PageLeadSquaredOpportunitiesDocument, {
        eventCode: 12003,
        first: 3,
        filter: FILTER,
        after: encode(record),
      });
      expect(control.body.errors).toBeUndefined();
      t.lsq.clearRequests();

      const forged = [
        encode({ ...record, p: { kind: 'offset', offset: record.p.offset + 50 } }),
        encode({ ...record, c: 'AAAAAAAAAAAA' }),
        encode({ v: 1, b: 'x', p: { kind: 'offset', offset: 0 }, c: 'y' }),
        encode({ ...record, v: 2 }),
        cursor.slice(0, -3),
        cursor.slice(0, 12),
        `${cursor}A`,
        cursor.replace('og1.', 'og2.'),
        'not-a-cursor',
        '',
      ];
      for (const after of forged) await expectRejected({ after, filter: FILTER });
    });

    it('refuses a cursor of another connection (Prospect.opportunities)', async () => {
      const lead = t.lsq.data.leads.find(
        (l) => t.lsq.data.opportunitiesOfLead(l.ProspectID, 12000).length >= 2,
      )!;
      const { body } = await t.graphql(PageLeadOpportunitiesDocument, {
        id: `lsq-lead:${lead.ProspectID}`,
        first: 1,
      });
      expect(body.errors).toBeUndefined();
      const foreign = body.data!.prospect!.opportunities!.pageInfo.endCursor!;
      t.lsq.clearRequests();
      await expectRejected({ after: foreign });
    });
  });

  describe('argument validation before any upstream call', () => {
    const LISTING = /* GraphQL */ `
      query Listing($eventCode: Int!, $first: Int) {
        leadSquaredOpportunities(eventCode: $eventCode, first: $first) {
          nodes {
            id
          }
        }
      }
    `;

    async function expectBadInput(
      query: string,
      variables: Record<string, unknown>,
      argument: string,
      mentions: readonly string[] = [],
    ): Promise<GraphQLFormattedError> {
      t.lsq.clearRequests();
      const { status, body } = await t.graphql(query, variables);
      expect(status).toBe(200);
      expect(body.errors).toHaveLength(1);
      const error = body.errors![0]!;
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      for (const text of mentions) expect(error.message).toContain(text);
      expect(t.lsq.requests()).toEqual([]);
      return error;
    }

    it.each([0, 101, -1])('refuses first: %d', async (first) => {
      await expectBadInput(LISTING, { eventCode: 12003, first }, 'first', [
        String(first),
        'between 1 and 100',
      ]);
    });

    it.each([0, -12003, 100_000_000])('refuses eventCode: %d', async (eventCode) => {
      await expectBadInput(LISTING, { eventCode, first: 5 }, 'eventCode', [String(eventCode)]);
    });

    it.each([12002, 4242])(
      'refuses eventCode: %d, which is not configured, naming the configured codes',
      async (eventCode) => {
        const error = await expectBadInput(LISTING, { eventCode, first: 5 }, 'eventCode', [
          `"eventCode" (got ${eventCode})`,
          'configured LeadSquared opportunity type',
          '12000, 12001, 12003',
        ]);
        expect(error.path).toEqual(['leadSquaredOpportunities']);
      },
    );

    it('configured codes follow LEADSQUARED_EVENT_CODES, and are the only ones read', async () => {
      const custom = await startTestApp({ LEADSQUARED_EVENT_CODES: '12001' });
      try {
        const refused = await custom.graphql(LISTING, { eventCode: 12003, first: 5 });
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument: 'eventCode',
        });
        expect(refused.body.errors?.[0]?.message).toContain('one of 12001');
        expect(custom.lsq.requests()).toEqual([]);
        const accepted = await custom.graphql(LISTING, { eventCode: 12001, first: 5 });
        expect(accepted.body.errors).toBeUndefined();
        expect(custom.lsq.requests().length).toBeGreaterThan(0);
      } finally {
        await custom.stop();
      }
    });

    it('refuses a malformed opportunity(id:) naming the expected format', async () => {
      const query = 'query($id: ID!) { opportunity(id: $id) { id } }';
      await expectBadInput(query, { id: 'lsq:12003:not-a-guid' }, 'id', [
        'lsq:12003:not-a-guid',
        'lsq:<EventCode>:<ProspectActivityId>',
      ]);
      await expectBadInput(query, { id: 'lsq:012003:24cf277e-70fe-4b2f-a9c2-9a68f45feaba' }, 'id', [
        '<EventCode>',
      ]);
      // A well-formed id of another kind is a client mistake too, not a missing record.
      await expectBadInput(query, { id: 'lsq-lead:a368678f-1e81-4fb8-af0a-4b896f6330e1' }, 'id', [
        'lsq:<EventCode>:<ProspectActivityId>',
      ]);
    });

    it('refuses a malformed node(id:) naming the expected formats', async () => {
      const query = 'query($id: ID!) { node(id: $id) { id } }';
      await expectBadInput(query, { id: 'opportunity-42' }, 'id', [
        'opportunity-42',
        'lsq:<EventCode>:<ProspectActivityId>',
        'lsq-lead:<ProspectId>',
      ]);
      await expectBadInput(query, { id: 'lsq:12003' }, 'id', ['3 parts']);
    });

    it('refuses nodes(ids:) naming the bad index, though the other ids are fine', async () => {
      const good = t.lsq.data.opportunitiesOfType(12000).slice(0, 2).map(opportunityId);
      const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
      await expectBadInput(query, { ids: [good[0], 'lsq:12003:xyz', good[1]] }, 'ids[1]', [
        'lsq:12003:xyz',
        'lsq:<EventCode>:<ProspectActivityId>',
      ]);
      await expectBadInput(
        query,
        { ids: [...good, ' lsq:12000:' + good[0]!.split(':')[2]] },
        'ids[2]',
      );
      const tooMany = Array.from({ length: 2_001 }, () => good[0]!);
      await expectBadInput(query, { ids: tooMany }, 'ids', ['2000']);
    });

    it('refuses a malformed prospect(id:) naming the expected format', async () => {
      const query = 'query($id: ID!) { prospect(id: $id) { id } }';
      await expectBadInput(query, { id: 'lsq-lead:12345' }, 'id', [
        'lsq-lead:12345',
        'lsq-lead:<ProspectId>',
      ]);
    });

    it('refuses a malformed _entities representation id', async () => {
      t.lsq.clearRequests();
      const { body } = await t.graphql(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Opportunity { id } } }',
        { r: [{ __typename: 'Opportunity', id: 'lsq:12003:nope' }] },
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(body.errors?.[0]?.message).toContain('lsq:<EventCode>:<ProspectActivityId>');
      expect(t.lsq.requests()).toEqual([]);
    });

    it('refuses field(name: "bad name!") before any call, wherever it is selected', async () => {
      const id = opportunityId(t.lsq.data.opportunitiesOfType(12001)[0]!);
      await expectBadInput(
        'query($id: ID!) { opportunity(id: $id) { id leadSquared { field(name: "bad name!") } } }',
        { id },
        'name',
        ['bad name!'],
      );
      await expectBadInput(
        '{ leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { leadSquared { field(name: "bad name!") } } } }',
        {},
        'name',
        ['bad name!'],
      );
      const lead = `lsq-lead:${t.lsq.data.leads[0]!.ProspectID}`;
      await expectBadInput(
        'query($id: ID!) { prospect(id: $id) { id leadSquared { field(name: "bad name!") } } }',
        { id: lead },
        'name',
        ['bad name!'],
      );
    });

    it('refuses Prospect.opportunities(first: 0) before listing anything', async () => {
      const lead = `lsq-lead:${t.lsq.data.leads[0]!.ProspectID}`;
      const { body } = await t.graphql(PageLeadOpportunitiesDocument, { id: lead, first: 0 });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
      expect(t.lsq.requests('GetOpportunitiesOfLead')).toEqual([]);
    });
  });

  describe('Prospect.opportunities', () => {
    it('walks a lead with opportunities of several event codes, each once, newest first across codes', async () => {
      const { data } = t.lsq;
      const perCode = (prospectId: string) =>
        EVENT_CODES.map((code) =>
          sorted(data.opportunitiesOfLead(prospectId, code), 'CreatedOn', true),
        );
      const hasTie = (lists: SimOpportunity[][]) =>
        lists.some((list) => new Set(list.map((r) => r.CreatedOn)).size < list.length);
      // The richest lead: opportunities in every code if possible, a CreatedOn tie if possible.
      const lead = data.leads
        .map((l) => ({ lead: l, lists: perCode(l.ProspectID) }))
        .filter(({ lists }) => lists.filter((list) => list.length > 0).length >= 2)
        .toSorted(
          (a, b) =>
            b.lists.filter((list) => list.length > 0).length -
              a.lists.filter((list) => list.length > 0).length ||
            Number(hasTie(b.lists)) - Number(hasTie(a.lists)) ||
            b.lists.flat().length - a.lists.flat().length,
        )[0];
      if (!lead) throw new Error('no lead with opportunities in several event codes');
      // Merged by CreatedOn, newest first; equal times by global id (event code, then id).
      const expected = lead.lists
        .flat()
        .toSorted(
          (a, b) =>
            ms(b.CreatedOn) - ms(a.CreatedOn) || compare(opportunityId(a), opportunityId(b)),
        );
      expect(expected.length).toBeGreaterThan(2);

      const seen: {
        id: string;
        eventCode: number;
        prospectId: string | null;
        createdAt: unknown;
      }[] = [];
      const pageCount = Math.ceil(expected.length / 2);
      let after: string | null = null;
      for (let page = 0; page < pageCount; page += 1) {
        t.lsq.clearRequests();
        const { body }: Answer<PageLeadOpportunitiesQuery> = await t.graphql(
          PageLeadOpportunitiesDocument,
          { id: `lsq-lead:${lead.lead.ProspectID}`, first: 2, after },
        );
        expect(body.errors).toBeUndefined();
        const connection: LeadPage = body.data!.prospect!.opportunities;
        expect(connection!.totalCount).toBeNull();
        expect(connection!.pageInfo.hasNextPage).toBe(page < pageCount - 1);
        expect(connection!.edges).toHaveLength(Math.min(2, expected.length - page * 2));
        for (const edge of connection!.edges)
          seen.push({
            id: edge.node.id,
            eventCode: edge.node.leadSquared!.eventCode,
            prospectId: edge.node.leadSquared!.prospectId ?? null,
            createdAt: edge.node.createdAt,
          });
        // One lead look-up, and one list call per event code that is not finished, all at once.
        expect(t.lsq.requests('RetrieveLeadsByIds')).toHaveLength(1);
        const listCalls = t.lsq.requests('GetOpportunitiesOfLead');
        expect(listCalls.length).toBeGreaterThanOrEqual(1);
        expect(new Set(listCalls.map((call) => call.query.opportunityType)).size).toBe(
          listCalls.length,
        );
        if (page === 0) expect(listCalls).toHaveLength(EVENT_CODES.length);
        for (const call of listCalls) {
          expect(call.query.leadId).toBe(lead.lead.ProspectID);
          expect(EVENT_CODES.map(String)).toContain(call.query.opportunityType);
        }
        expect(t.lsq.requests()).toHaveLength(1 + listCalls.length);
        after = connection!.pageInfo.endCursor ?? null;
      }

      expect(seen).toEqual(
        expected.map((record) => ({
          id: opportunityId(record),
          eventCode: record.EventCode,
          prospectId: record.RelatedProspectId,
          createdAt: record.CreatedOn,
        })),
      );
    });
  });
});
