/*
 * accountEngagementOpportunities walked end to end against the in-app simulator. `first` (7) is
 * independent of the API's page size: each GraphQL page is exactly one `opportunity.query` with
 * offset = records already returned and limit = 7, and a walk returns every live record once, in
 * the simulator's documented order, for every sort field and direction. Filters return exactly
 * the records the simulator's data says; every bad argument is BAD_USER_INPUT with no upstream
 * call; a token that expires mid-walk costs one refresh and the page still succeeds.
 */
import type { ExecutionResult } from 'graphql';
import {
  AePageOpportunitiesDocument,
  type AccountEngagementOpportunityFilter,
  type AccountEngagementOpportunityOrder,
  type AccountEngagementOpportunitySortField,
  type AePageOpportunitiesQuery,
  type SortDirection,
} from '../__generated__/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  aeId,
  aeProspectId,
  apiCalls,
  codes,
  DEFAULT_DIRECTION,
  live,
  sorted,
  wireMs,
  type SimOpportunity,
} from './account-engagement-support.js';

const FIRST = 7;

type Page = AePageOpportunitiesQuery['accountEngagementOpportunities'];
type Answer = { body: ExecutionResult<AePageOpportunitiesQuery> };

describe('Account Engagement pagination', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.ae.clearRequests());

  const queryCalls = () => t.ae.requests('opportunity.query');

  async function page(
    variables: {
      first?: number;
      after?: string | null;
      filter?: AccountEngagementOpportunityFilter;
      orderBy?: AccountEngagementOpportunityOrder;
    } = {},
  ): Promise<ExecutionResult<AePageOpportunitiesQuery>> {
    const { body }: Answer = await t.graphql(AePageOpportunitiesDocument, variables);
    return body;
  }

  /**
   * Walks to the end with `first`, checking every page: no error, exactly one opportunity.query
   * with the offset and limit of this page and the requested order, pageInfo consistent.
   */
  async function walk(
    filter?: AccountEngagementOpportunityFilter,
    orderBy?: AccountEngagementOpportunityOrder,
    first = FIRST,
  ): Promise<{ ids: string[]; totals: (number | null | undefined)[] }> {
    const field = orderBy?.field ?? 'CREATED_AT';
    const direction = orderBy?.direction ?? DEFAULT_DIRECTION[field];
    const ids: string[] = [];
    const totals: (number | null | undefined)[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 500; guard += 1) {
      t.ae.clearRequests();
      const body = await page({ first, after, filter, orderBy });
      expect(body.errors).toBeUndefined();
      const result: Page = body.data!.accountEngagementOpportunities;
      const calls = apiCalls(t.ae);
      expect(calls.map((call) => [call.operation, call.status])).toEqual([
        ['opportunity.query', 200],
      ]);
      expect(calls[0]!.query).toMatchObject({
        offset: String(ids.length),
        limit: String(first),
        sort_by: field.toLowerCase(),
        sort_order: direction === 'ASC' ? 'ascending' : 'descending',
      });
      expect(result!.unavailableSources).toEqual([]);
      expect(result!.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(result!.pageInfo.startCursor).toBe(result!.edges[0]?.cursor ?? null);
      expect(result!.pageInfo.endCursor).toBe(result!.edges.at(-1)?.cursor ?? null);
      if (result!.pageInfo.hasNextPage) expect(result!.edges).toHaveLength(first);
      ids.push(...result!.edges.map((edge) => edge.node.id));
      totals.push(result!.totalCount);
      if (!result!.pageInfo.hasNextPage) return { ids, totals };
      after = result!.pageInfo.endCursor!;
    }
    throw new Error('the walk did not end');
  }

  const idsOf = (records: readonly SimOpportunity[]) => records.map((o) => aeId(o.id));

  describe('walks', () => {
    const FIELDS: AccountEngagementOpportunitySortField[] = [
      'CREATED_AT',
      'ID',
      'PROBABILITY',
      'VALUE',
    ];
    const DIRECTIONS: SortDirection[] = ['ASC', 'DESC'];

    it('has deleted records in the data set, which no listing shows', () => {
      expect(t.ae.data.opportunities.length).toBe(1_000);
      expect(t.ae.data.opportunities.some((o) => o.deleted)).toBe(true);
    });

    it.each(FIELDS.flatMap((field) => DIRECTIONS.map((direction) => [field, direction] as const)))(
      'returns every live record once, in order, by %s %s',
      async (field, direction) => {
        const { ids, totals } = await walk(undefined, { field, direction });
        const expected = idsOf(sorted(live(t.ae), field, direction));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expected);
        // totalCount is the API's total_results: live records only.
        expect(new Set(totals)).toEqual(new Set([expected.length]));
      },
    );

    it('defaults to CREATED_AT descending, and to the API direction of a field given alone', async () => {
      const first = await page({ first: 20 });
      expect(first.data!.accountEngagementOpportunities!.edges.map((e) => e.node.id)).toEqual(
        idsOf(sorted(live(t.ae)).slice(0, 20)),
      );
      expect(queryCalls()[0]!.query).toMatchObject({
        sort_by: 'created_at',
        sort_order: 'descending',
      });
      t.ae.clearRequests();
      const byId = await page({ first: 5, orderBy: { field: 'ID' } });
      expect(byId.data!.accountEngagementOpportunities!.edges.map((e) => e.node.id)).toEqual(
        idsOf(sorted(live(t.ae), 'ID', 'ASC').slice(0, 5)),
      );
      expect(queryCalls()[0]!.query).toMatchObject({ sort_by: 'id', sort_order: 'ascending' });
    });

    it('maps the fields of a listed record', async () => {
      const body = await page({ first: 1, orderBy: { field: 'ID', direction: 'ASC' } });
      const node = body.data!.accountEngagementOpportunities!.edges[0]!.node;
      const record = sorted(live(t.ae), 'ID', 'ASC')[0]!;
      expect(node).toEqual({
        id: aeId(record.id),
        sourceId: String(record.id),
        probability: record.probability,
        createdAt: new Date(wireMs(record.created_at)).toISOString(),
        amount: { amount: Number(record.value).toFixed(2) },
      });
    });

    it('answers a page past the end with no records', async () => {
      const records = sorted(live(t.ae), 'ID', 'ASC');
      const { ids } = await walk({ idGreaterThan: records.at(-3)!.id - 1 }, { field: 'ID' }, 2);
      expect(ids).toEqual(idsOf(records.slice(-3)));
    });
  });

  describe('a token that expires mid-walk', () => {
    it('is refreshed once and the page succeeds', async () => {
      const orderBy: AccountEngagementOpportunityOrder = { field: 'ID', direction: 'ASC' };
      const expected = idsOf(sorted(live(t.ae), 'ID', 'ASC'));
      const one = await page({ first: FIRST, orderBy });
      expect(one.errors).toBeUndefined();

      t.ae.expireAllTokens();
      t.ae.clearRequests();
      const two = await page({
        first: FIRST,
        orderBy,
        after: one.data!.accountEngagementOpportunities!.pageInfo.endCursor,
      });
      expect(two.errors).toBeUndefined();
      expect(two.data!.accountEngagementOpportunities!.edges.map((e) => e.node.id)).toEqual(
        expected.slice(FIRST, 2 * FIRST),
      );
      // The refused call (184, HTTP 401), one token request, the same call again.
      expect(t.ae.requests().map((entry) => [entry.operation, entry.status])).toEqual([
        ['opportunity.query', 401],
        ['oauth.token', 200],
        ['opportunity.query', 200],
      ]);

      t.ae.clearRequests();
      const three = await page({
        first: FIRST,
        orderBy,
        after: two.data!.accountEngagementOpportunities!.pageInfo.endCursor,
      });
      expect(three.data!.accountEngagementOpportunities!.edges.map((e) => e.node.id)).toEqual(
        expected.slice(2 * FIRST, 3 * FIRST),
      );
      // The new token is kept: no more token requests.
      expect(t.ae.requests().map((entry) => entry.operation)).toEqual(['opportunity.query']);
    });
  });

  describe('filters', () => {
    const expectFilter = async (
      filter: AccountEngagementOpportunityFilter,
      keep: (o: SimOpportunity) => boolean,
      params: Record<string, string>,
    ) => {
      const expected = idsOf(sorted(live(t.ae).filter(keep)));
      expect(expected.length).toBeGreaterThan(0);
      t.ae.clearRequests();
      const { ids, totals } = await walk(filter, undefined, 100);
      expect(ids).toEqual(expected);
      expect(totals[0]).toBe(expected.length);
      const sent = queryCalls()[0]!.query;
      expect(sent).toMatchObject(params);
    };

    it('createdAfter and createdBefore as instants, strict, in whole UTC seconds', async () => {
      const records = sorted(live(t.ae), 'CREATED_AT', 'ASC');
      const after = records[100]!.created_at;
      const before = records[160]!.created_at;
      await expectFilter(
        {
          createdAfter: { at: new Date(wireMs(after)).toISOString() },
          createdBefore: { at: new Date(wireMs(before)).toISOString() },
        },
        (o) => wireMs(o.created_at) > wireMs(after) && wireMs(o.created_at) < wireMs(before),
        { created_after: after, created_before: before },
      );
    });

    it('rounds fractional bounds away from the window', async () => {
      const records = sorted(live(t.ae), 'CREATED_AT', 'ASC');
      const low = wireMs(records[10]!.created_at);
      const high = wireMs(records[30]!.created_at);
      await expectFilter(
        {
          createdAfter: { at: new Date(low - 500).toISOString() },
          createdBefore: { at: new Date(high + 500).toISOString() },
        },
        (o) => wireMs(o.created_at) >= low && wireMs(o.created_at) <= high,
        {},
      );
    });

    it('createdBefore as a keyword', async () => {
      // The seed lies before 2026-01-01; "before the start of last month" holds all of it.
      const lastMonth = new Date();
      lastMonth.setUTCDate(1);
      lastMonth.setUTCHours(0, 0, 0, 0);
      lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
      await expectFilter(
        { createdBefore: { relative: 'LAST_MONTH' } },
        (o) => wireMs(o.created_at) < lastMonth.getTime(),
        { created_before: 'last_month' },
      );
    });

    it('createdAfter TODAY finds nothing in a seed that ends before today', async () => {
      const body = await page({ filter: { createdAfter: { relative: 'TODAY' } } });
      expect(body.errors).toBeUndefined();
      expect(body.data!.accountEngagementOpportunities!.totalCount).toBe(0);
      expect(queryCalls()[0]!.query).toMatchObject({ created_after: 'today' });
    });

    it('idGreaterThan and idLessThan', async () => {
      await expectFilter({ idGreaterThan: 200, idLessThan: 320 }, (o) => o.id > 200 && o.id < 320, {
        id_greater_than: '200',
        id_less_than: '320',
      });
    });

    it('probabilityGreaterThan and probabilityLessThan (strict)', async () => {
      await expectFilter(
        { probabilityGreaterThan: 10, probabilityLessThan: 50 },
        (o) => o.probability > 10 && o.probability < 50,
        { probability_greater_than: '10', probability_less_than: '50' },
      );
      await expectFilter({ probabilityGreaterThan: 99 }, (o) => o.probability > 99, {
        probability_greater_than: '99',
      });
    });

    it('valueGreaterThan and valueLessThan', async () => {
      await expectFilter(
        { valueGreaterThan: 20_000, valueLessThan: 40_000 },
        (o) => o.value > 20_000 && o.value < 40_000,
        { value_greater_than: '20000', value_less_than: '40000' },
      );
    });

    it('prospectId', async () => {
      const prospect = t.ae.data.opportunities.find((o) => !o.deleted)!.prospectIds[0]!;
      await expectFilter(
        { prospectId: aeProspectId(prospect) },
        (o) => o.prospectIds.includes(prospect),
        { prospect_id: String(prospect) },
      );
    });

    it('prospectEmail: every prospect with the address (API version 4)', async () => {
      // The seed's third prospect shares the first one's email.
      const [first] = t.ae.data.prospects;
      const email = first!.email;
      const holders = new Set(
        t.ae.data.prospects
          .filter((p) => p.email.toLowerCase() === email.toLowerCase())
          .map((p) => p.id),
      );
      expect(holders.size).toBeGreaterThan(1);
      await expectFilter(
        { prospectEmail: email },
        (o) => o.prospectIds.some((id) => holders.has(id)),
        { prospect_email: email },
      );
    });

    it('several filters together', async () => {
      await expectFilter(
        { idGreaterThan: 100, probabilityLessThan: 60, valueGreaterThan: 1_000 },
        (o) => o.id > 100 && o.probability < 60 && o.value > 1_000,
        { id_greater_than: '100', probability_less_than: '60', value_greater_than: '1000' },
      );
    });

    it('prospectId and prospectEmail of different prospects: UPSTREAM_REJECTED (error 44)', async () => {
      const [a, b] = t.ae.data.prospects.filter(
        (p, index, all) => all.findIndex((q) => q.email === p.email) === index,
      );
      const body = await page({
        filter: { prospectId: aeProspectId(a!.id), prospectEmail: b!.email },
      });
      expect(codes(body.errors)).toEqual(['UPSTREAM_REJECTED']);
      expect(body.errors![0]!.extensions).toMatchObject({
        source: 'ACCOUNT_ENGAGEMENT',
        upstreamCode: '44',
      });
      expect(queryCalls()).toHaveLength(1);
    });

    it('a filter that matches nothing is an empty page', async () => {
      const body = await page({ filter: { idGreaterThan: 1_000_000 } });
      expect(body.data!.accountEngagementOpportunities).toMatchObject({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, startCursor: null, endCursor: null },
      });
    });
  });

  describe('bad arguments fail before any call', () => {
    const BAD: [string, Parameters<typeof page>[0], string][] = [
      [
        'probability above 100',
        { filter: { probabilityGreaterThan: 101 } },
        'filter.probabilityGreaterThan',
      ],
      [
        'negative probability',
        { filter: { probabilityLessThan: -1 } },
        'filter.probabilityLessThan',
      ],
      ['negative id', { filter: { idGreaterThan: -5 } }, 'filter.idGreaterThan'],
      ['id less than 1', { filter: { idLessThan: 0 } }, 'filter.idLessThan'],
      ['crossed ids', { filter: { idGreaterThan: 50, idLessThan: 50 } }, 'filter.idGreaterThan'],
      [
        'crossed probabilities',
        { filter: { probabilityGreaterThan: 60, probabilityLessThan: 20 } },
        'filter.probabilityGreaterThan',
      ],
      ['fractional value', { filter: { valueGreaterThan: 10.5 } }, 'filter.valueGreaterThan'],
      ['negative value', { filter: { valueLessThan: -1 } }, 'filter.valueLessThan'],
      [
        'crossed values',
        { filter: { valueGreaterThan: 500, valueLessThan: 100 } },
        'filter.valueGreaterThan',
      ],
      ['malformed email', { filter: { prospectEmail: 'not an email' } }, 'filter.prospectEmail'],
      [
        'email without @',
        { filter: { prospectEmail: 'someone.example.com' } },
        'filter.prospectEmail',
      ],
      ['opportunity id as prospect', { filter: { prospectId: 'ae:12' } }, 'filter.prospectId'],
      [
        'prospect id without number',
        { filter: { prospectId: 'ae-prospect:x' } },
        'filter.prospectId',
      ],
      [
        'date bound with both',
        { filter: { createdAfter: { at: '2024-01-01T00:00:00Z', relative: 'TODAY' } } },
        'filter.createdAfter',
      ],
      ['empty date bound', { filter: { createdBefore: {} } }, 'filter.createdBefore'],
      [
        'crossed dates',
        {
          filter: {
            createdAfter: { at: '2024-02-01T00:00:00Z' },
            createdBefore: { at: '2024-01-01T00:00:00Z' },
          },
        },
        'filter.createdAfter',
      ],
      ['first 0', { first: 0 }, 'first'],
      ['first 101', { first: 101 }, 'first'],
      ['forged cursor', { after: 'og1.bm90LWEtY3Vyc29y' }, 'after'],
      ['foreign cursor', { after: 'abc' }, 'after'],
    ];

    it.each(BAD)('%s', async (_name, variables, argument) => {
      const body = await page(variables);
      expect(codes(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors![0]!.extensions!.argument).toBe(argument);
      expect(body.data).toEqual({ accountEngagementOpportunities: null });
      expect(t.ae.requests()).toEqual([]);
    });

    it('a cursor reused with another filter or order', async () => {
      const filter = { probabilityGreaterThan: 20 };
      const one = await page({ first: 3, filter });
      const cursor = one.data!.accountEngagementOpportunities!.pageInfo.endCursor!;
      t.ae.clearRequests();
      for (const variables of [
        { after: cursor },
        { after: cursor, filter: { probabilityGreaterThan: 21 } },
        { after: cursor, filter, orderBy: { field: 'ID' as const } },
        {
          after: cursor,
          filter,
          orderBy: { field: 'CREATED_AT' as const, direction: 'ASC' as const },
        },
      ]) {
        const body = await page({ first: 3, ...variables });
        expect(codes(body.errors)).toEqual(['BAD_USER_INPUT']);
        expect(body.errors![0]!.message).toMatch(/different filter or order/);
        expect(body.errors![0]!.message).toContain('(accountEngagementOpportunities with other');
      }
      expect(t.ae.requests()).toEqual([]);
      // With its own filter the cursor still works; spelling the default order out changes nothing.
      const two = await page({
        first: 3,
        after: cursor,
        filter,
        orderBy: { field: 'CREATED_AT', direction: 'DESC' },
      });
      expect(two.errors).toBeUndefined();
      expect(queryCalls()[0]!.query).toMatchObject({ offset: '3', limit: '3' });
    });
  });
});
