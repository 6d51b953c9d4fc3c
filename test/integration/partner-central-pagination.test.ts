/*
 * Partner Central connections walked end to end against the in-app simulator, and every way to get
 * their arguments wrong. `first` (7 here) is independent of the upstream page size, so a walk must
 * return each record exactly once, in the upstream order, at no more than two ListOpportunities
 * calls per GraphQL page; a bad argument must fail with BAD_USER_INPUT naming it before any
 * upstream call. Expected answers are computed from the simulator's dataset (`t.pc.data`) with its
 * documented order: by the sort key, records without one last in either direction, ties by id
 * ascending in either direction (simulator listing/sort.ts).
 */
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import {
  PcAcceptInvitationDocument,
  PcPageInvitationsDocument,
  PcPageOpportunitiesDocument,
  PcPageTasksDocument,
  type Catalog as GraphQLCatalog,
  type PartnerCentralOpportunityFilter,
  type PartnerCentralOpportunityOrder,
  type PartnerCentralOpportunitySortField,
  type PcPageInvitationsQuery,
  type PcPageOpportunitiesQuery,
  type PcPageTasksQuery,
  type SortDirection,
} from '../__generated__/graphql.js';
import type {
  Catalog,
  OpportunityRecord as SimOpportunity,
} from '../../src/sources/partner-central/simulator/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIRST = 7;
/** What the listing asks the upstream for per call (the model's largest page). */
const UPSTREAM_PAGE = 100;
const MISSING_ID = 'O0000000042';

interface ListOpportunitiesBody {
  Catalog: string;
  MaxResults?: number;
  NextToken?: string;
  Sort?: { SortBy: string; SortOrder: string };
  LastModifiedDate?: { AfterLastModifiedDate?: string; BeforeLastModifiedDate?: string };
  Identifier?: string[];
}

type SortKey = string | number | undefined;

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** The simulator's documented order, written independently of its code. */
function expectedOrder<T>(
  items: readonly T[],
  key: (item: T) => SortKey,
  descending: boolean,
  id: (item: T) => string,
): T[] {
  return items.toSorted((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === undefined && y !== undefined) return 1;
    if (y === undefined && x !== undefined) return -1;
    if (x !== undefined && y !== undefined && x !== y) {
      return descending ? compare(y, x) : compare(x, y);
    }
    return compare(id(a), id(b));
  });
}

const companyName = (r: SimOpportunity) => r.Customer?.Account?.CompanyName;

const SORT_KEYS: Record<
  PartnerCentralOpportunitySortField,
  { upstream: string; key: (r: SimOpportunity) => SortKey }
> = {
  LAST_MODIFIED_DATE: { upstream: 'LastModifiedDate', key: (r) => Date.parse(r.LastModifiedDate) },
  CREATED_DATE: { upstream: 'CreatedDate', key: (r) => Date.parse(r.CreatedDate) },
  IDENTIFIER: { upstream: 'Identifier', key: (r) => r.Id },
  CUSTOMER_COMPANY_NAME: {
    upstream: 'CustomerCompanyName',
    key: (r) => companyName(r)?.toLowerCase(),
  },
  TARGET_CLOSE_DATE: { upstream: 'TargetCloseDate', key: (r) => r.LifeCycle?.TargetCloseDate },
};

function sortedRecords(
  records: readonly SimOpportunity[],
  field: PartnerCentralOpportunitySortField = 'LAST_MODIFIED_DATE',
  direction: SortDirection = 'DESC',
): SimOpportunity[] {
  return expectedOrder(records, SORT_KEYS[field].key, direction === 'DESC', (r) => r.Id);
}

const graphqlCatalog = (catalog: Catalog): GraphQLCatalog =>
  catalog === 'AWS' ? 'AWS' : 'SANDBOX';
const globalId = (r: SimOpportunity) => `pc:${r.Catalog}:${r.Id}`;
const iso = (value: string) => new Date(value).toISOString();

type Page = PcPageOpportunitiesQuery['partnerCentralOpportunities'];
/** Spelled out where a loop feeds a cursor back into the next request (TS cannot infer it). */
type Answer<T> = { body: ExecutionResult<T> };

interface Walk {
  pages: Page[];
  /** ListOpportunities calls made for each page. */
  callsPerPage: number[];
}

describe('Partner Central pagination', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.pc.clearRequests());

  const listCalls = () =>
    t.pc.requests('ListOpportunities').map((entry) => entry.body as ListOpportunitiesBody);
  const opportunities = (catalog: Catalog) => t.pc.data[catalog].opportunities;

  /**
   * Walks partnerCentralOpportunities to the end, checking every page: no error, at most two
   * upstream calls (all ListOpportunities of this catalog and sort, all answered 200), consistent
   * pageInfo, a full page whenever there is a next one.
   */
  async function walk(
    catalog: Catalog,
    filter?: PartnerCentralOpportunityFilter,
    orderBy?: PartnerCentralOpportunityOrder,
  ): Promise<Walk> {
    const sort = {
      SortBy: SORT_KEYS[orderBy?.field ?? 'LAST_MODIFIED_DATE'].upstream,
      SortOrder: (orderBy?.direction ?? 'DESC') === 'DESC' ? 'DESCENDING' : 'ASCENDING',
    };
    const pages: Page[] = [];
    const callsPerPage: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1_000; guard += 1) {
      t.pc.clearRequests();
      const { body }: Answer<PcPageOpportunitiesQuery> = await t.graphql(
        PcPageOpportunitiesDocument,
        { catalog: graphqlCatalog(catalog), first: FIRST, after, filter, orderBy },
      );
      expect(body.errors).toBeUndefined();
      const page: Page = body.data!.partnerCentralOpportunities;
      const calls = listCalls();
      expect(t.pc.requests().map((entry) => [entry.operation, entry.status])).toEqual(
        calls.map(() => ['ListOpportunities', 200]),
      );
      expect(calls.length).toBeGreaterThanOrEqual(1);
      expect(calls.length).toBeLessThanOrEqual(2);
      for (const call of calls) {
        expect(call.Catalog).toBe(catalog);
        expect(call.Sort).toEqual(sort);
      }
      expect(page!.unavailableSources).toEqual([]);
      expect(page!.pageInfo.hasPreviousPage).toBe(pages.length > 0);
      expect(page!.pageInfo.startCursor).toBe(page!.edges[0]?.cursor ?? null);
      expect(page!.pageInfo.endCursor).toBe(page!.edges.at(-1)?.cursor ?? null);
      pages.push(page);
      callsPerPage.push(calls.length);
      if (!page!.pageInfo.hasNextPage) return { pages, callsPerPage };
      expect(page!.edges).toHaveLength(FIRST);
      after = page!.pageInfo.endCursor;
    }
    throw new Error('the walk did not end');
  }

  /** The walk returned exactly `expected`, in order, each once, at a bounded cost. */
  function expectWalk({ pages, callsPerPage }: Walk, expected: readonly SimOpportunity[]): void {
    const ids = pages.flatMap((page) => page!.edges.map((edge) => edge.node.id));
    expect(ids).toEqual(expected.map(globalId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / FIRST)));
    pages.forEach((page, index) => {
      expect(page!.pageInfo.hasNextPage).toBe(index < pages.length - 1);
      // NextToken APIs do not count.
      expect(page!.totalCount).toBeNull();
    });
    // Each upstream page boundary inside the set costs at most one extra call.
    const total = callsPerPage.reduce((sum, calls) => sum + calls, 0);
    expect(total).toBeGreaterThanOrEqual(pages.length);
    expect(total).toBeLessThanOrEqual(pages.length + Math.ceil(expected.length / UPSTREAM_PAGE));
    const nodes = pages.flatMap((page) => page!.edges.map((edge) => edge.node));
    nodes.forEach((node, index) => {
      const record = expected[index]!;
      expect(node).toEqual({
        id: globalId(record),
        sourceId: record.Id,
        createdAt: iso(record.CreatedDate),
        lastModifiedAt: iso(record.LastModifiedDate),
        partnerCentral: {
          catalog: graphqlCatalog(record.Catalog),
          lifeCycle: {
            stage: record.LifeCycle?.Stage ?? null,
            reviewStatus: record.LifeCycle?.ReviewStatus ?? null,
            targetCloseDate: record.LifeCycle?.TargetCloseDate ?? null,
          },
          customer: { account: { companyName: companyName(record) ?? null } },
        },
      });
    });
  }

  describe('walking all 1,000 opportunities of a catalog with first: 7', () => {
    it('has a dataset where the tie-break and the missing values are really exercised', () => {
      const records = opportunities('AWS');
      expect(records).toHaveLength(1_000);
      const distinct = (key: (r: SimOpportunity) => SortKey) =>
        new Set(records.map(key).filter((v) => v !== undefined)).size;
      expect(distinct(SORT_KEYS.LAST_MODIFIED_DATE.key)).toBeLessThan(1_000);
      expect(distinct(SORT_KEYS.CREATED_DATE.key)).toBeLessThan(1_000);
      expect(distinct(SORT_KEYS.CUSTOMER_COMPANY_NAME.key)).toBeLessThan(500);
      expect(distinct(SORT_KEYS.TARGET_CLOSE_DATE.key)).toBeLessThan(1_000);
      expect(
        records.filter((r) => r.LifeCycle?.TargetCloseDate === undefined).length,
      ).toBeGreaterThan(10);
    });

    const ORDERS = (
      [
        'LAST_MODIFIED_DATE',
        'CREATED_DATE',
        'IDENTIFIER',
        'CUSTOMER_COMPANY_NAME',
        'TARGET_CLOSE_DATE',
      ] as const
    ).flatMap((field) =>
      (['ASC', 'DESC'] as const).map((direction) => [field, direction] as const),
    );

    it.each(ORDERS)(
      'orderBy %s %s returns every record once, in order',
      async (field, direction) => {
        const expected = sortedRecords(opportunities('AWS'), field, direction);

        const result = await walk('AWS', undefined, { field, direction });

        expect(result.pages).toHaveLength(143);
        expect(result.pages.at(-1)!.edges).toHaveLength(6);
        expectWalk(result, expected);
      },
    );

    it('walks the Sandbox catalog in the default order (last modified, newest first)', async () => {
      const expected = sortedRecords(opportunities('Sandbox'));
      expect(expected).toHaveLength(1_000);

      const result = await walk('Sandbox');

      expectWalk(result, expected);
      // The two catalogs are different worlds.
      const awsIds = new Set(opportunities('AWS').map((r) => r.Id));
      expect(expected.filter((r) => awsIds.has(r.Id)).length).toBeLessThan(10);
    });
  });

  describe('incremental sync (ListOpportunities: changes since a stored LastModifiedDate)', () => {
    it('returns exactly the records modified on or after the instant, that instant included', async () => {
      const byChange = sortedRecords(opportunities('AWS'));
      // A stored instant shared by two records (the seed copies timings every 25th record).
      const index = byChange.findIndex(
        (r, i) => i >= 300 && byChange[i + 1]?.LastModifiedDate === r.LastModifiedDate,
      );
      expect(index).toBeGreaterThanOrEqual(300);
      const stored = byChange[index]!.LastModifiedDate;
      const at = Date.parse(stored);
      const expected = byChange.filter((r) => Date.parse(r.LastModifiedDate) >= at);
      expect(expected.filter((r) => r.LastModifiedDate === stored)).toHaveLength(2);
      expect(expected.length).toBe(index + 2);

      const result = await walk('AWS', { lastModifiedAfter: stored });

      expectWalk(result, expected);
      const ids = new Set(result.pages.flatMap((p) => p!.edges.map((e) => e.node.sourceId)));
      expect(ids.has(byChange[index]!.Id)).toBe(true);
      expect(ids.has(byChange[index + 1]!.Id)).toBe(true);
      expect(ids.has(byChange[index + 2]!.Id)).toBe(false);
    });

    it('sends the instant as AfterLastModifiedDate, unchanged to the millisecond', async () => {
      const stored = sortedRecords(opportunities('AWS'))[123]!.LastModifiedDate;
      const { body } = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 1,
        filter: { lastModifiedAfter: stored },
      });
      expect(body.errors).toBeUndefined();
      const [call] = listCalls();
      expect(Date.parse(call!.LastModifiedDate!.AfterLastModifiedDate!)).toBe(Date.parse(stored));
      expect(call!.LastModifiedDate!.BeforeLastModifiedDate).toBeUndefined();
    });
  });

  describe('each filter returns exactly the expected records', () => {
    const aws = () => opportunities('AWS');

    it('identifiers (unknown ones simply absent)', async () => {
      const wanted = aws()
        .filter((_, i) => i % 61 === 5)
        .slice(0, 15)
        .map((r) => r.Id);
      expect(wanted).toHaveLength(15);

      const result = await walk('AWS', { identifiers: [...wanted, MISSING_ID] });

      expectWalk(result, sortedRecords(aws().filter((r) => wanted.includes(r.Id))));
      // Nothing matches: one empty page, one call.
      const none = await walk('AWS', { identifiers: [MISSING_ID] });
      expect(none.pages).toHaveLength(1);
      expect(none.pages[0]!.edges).toEqual([]);
      expect(none.pages[0]!.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
      expect(none.callsPerPage).toEqual([1]);
    });

    it('customerCompanyNames (whole names)', async () => {
      const names = [...new Set(aws().map((r) => companyName(r)!))].slice(3, 6);
      const expected = sortedRecords(aws().filter((r) => names.includes(companyName(r)!)));
      expect(expected.length).toBeGreaterThan(FIRST);

      expectWalk(await walk('AWS', { customerCompanyNames: names }), expected);
    });

    it('lifeCycleStages', async () => {
      const expected = sortedRecords(
        aws().filter((r) => ['Qualified', 'Closed Lost'].includes(r.LifeCycle?.Stage ?? '')),
      );
      expect(expected.length).toBeGreaterThan(FIRST);

      expectWalk(await walk('AWS', { lifeCycleStages: ['QUALIFIED', 'CLOSED_LOST'] }), expected);
    });

    it('lifeCycleReviewStatuses', async () => {
      const expected = sortedRecords(
        aws().filter((r) =>
          ['Action Required', 'In review'].includes(r.LifeCycle?.ReviewStatus ?? ''),
        ),
      );
      expect(expected.length).toBeGreaterThan(FIRST);

      expectWalk(
        await walk('AWS', { lifeCycleReviewStatuses: ['ACTION_REQUIRED', 'IN_REVIEW'] }),
        expected,
      );
    });

    it('createdAfter (inclusive) and createdBefore (exclusive)', async () => {
      const byCreation = sortedRecords(aws(), 'CREATED_DATE', 'ASC');
      const from = byCreation[400]!.CreatedDate;
      const to = byCreation[520]!.CreatedDate;
      const expected = sortedRecords(
        aws().filter(
          (r) =>
            Date.parse(r.CreatedDate) >= Date.parse(from) &&
            Date.parse(r.CreatedDate) < Date.parse(to),
        ),
        'CREATED_DATE',
        'ASC',
      );
      expect(expected[0]!.CreatedDate).toBe(from);
      expect(expected.some((r) => r.CreatedDate === to)).toBe(false);

      expectWalk(
        await walk(
          'AWS',
          { createdAfter: from, createdBefore: to },
          { field: 'CREATED_DATE', direction: 'ASC' },
        ),
        expected,
      );
    });

    it('targetCloseAfter and targetCloseBefore (days, both inclusive; no date never matches)', async () => {
      const days = aws()
        .map((r) => r.LifeCycle?.TargetCloseDate)
        .filter((d): d is string => d !== undefined)
        .toSorted();
      const from = days[300]!;
      const to = days[420]!;
      const expected = sortedRecords(
        aws().filter((r) => {
          const day = r.LifeCycle?.TargetCloseDate;
          return day !== undefined && day >= from && day <= to;
        }),
        'TARGET_CLOSE_DATE',
        'DESC',
      );
      expect(expected.some((r) => r.LifeCycle?.TargetCloseDate === from)).toBe(true);
      expect(expected.some((r) => r.LifeCycle?.TargetCloseDate === to)).toBe(true);

      expectWalk(
        await walk(
          'AWS',
          { targetCloseAfter: from, targetCloseBefore: to },
          { field: 'TARGET_CLOSE_DATE', direction: 'DESC' },
        ),
        expected,
      );
    });

    it('several filters together (all must hold), in another order', async () => {
      const byChange = sortedRecords(aws(), 'LAST_MODIFIED_DATE', 'ASC');
      const from = byChange[250]!.LastModifiedDate;
      const to = byChange[900]!.LastModifiedDate;
      const expected = sortedRecords(
        aws().filter(
          (r) =>
            r.LifeCycle?.ReviewStatus === 'Approved' &&
            Date.parse(r.LastModifiedDate) >= Date.parse(from) &&
            Date.parse(r.LastModifiedDate) < Date.parse(to),
        ),
        'CUSTOMER_COMPANY_NAME',
        'ASC',
      );
      expect(expected.length).toBeGreaterThan(100);

      expectWalk(
        await walk(
          'AWS',
          {
            lifeCycleReviewStatuses: ['APPROVED'],
            lastModifiedAfter: from,
            lastModifiedBefore: to,
          },
          { field: 'CUSTOMER_COMPANY_NAME', direction: 'ASC' },
        ),
        expected,
      );
    });
  });

  describe('cursors', () => {
    const FILTER: PartnerCentralOpportunityFilter = { lifeCycleStages: ['PROSPECT'] };

    /** A cursor from the middle of an upstream page, and one at the end of the first page. */
    async function cursors(): Promise<{ middle: string; edge: string }> {
      const { body } = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 100,
        filter: FILTER,
      });
      expect(body.errors).toBeUndefined();
      const edges = body.data!.partnerCentralOpportunities!.edges;
      expect(edges).toHaveLength(100);
      t.pc.clearRequests();
      return { middle: edges[41]!.cursor, edge: edges[99]!.cursor };
    }

    async function expectRejected(variables: Record<string, unknown>): Promise<void> {
      t.pc.clearRequests();
      const { status, body } = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 3,
        ...variables,
      });
      expect(status).toBe(200);
      expect(body.data).toEqual({ partnerCentralOpportunities: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
      expect(t.pc.requests()).toEqual([]);
    }

    it('resumes where the cursor points, in the middle of an upstream page and at its end', async () => {
      const { middle, edge } = await cursors();
      const expected = sortedRecords(
        opportunities('AWS').filter((r) => r.LifeCycle?.Stage === 'Prospect'),
      );

      const fromMiddle = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 3,
        after: middle,
        // The explicit default order and an explicit null select the same records.
        filter: { ...FILTER, identifiers: null },
        orderBy: { field: 'LAST_MODIFIED_DATE', direction: 'DESC' },
      });
      expect(fromMiddle.body.errors).toBeUndefined();
      expect(
        fromMiddle.body.data!.partnerCentralOpportunities!.edges.map((e) => e.node.sourceId),
      ).toEqual(expected.slice(42, 45).map((r) => r.Id));
      expect(listCalls()).toHaveLength(1);

      t.pc.clearRequests();
      const fromEdge = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 3,
        after: edge,
        filter: FILTER,
      });
      expect(fromEdge.body.errors).toBeUndefined();
      expect(
        fromEdge.body.data!.partnerCentralOpportunities!.edges.map((e) => e.node.sourceId),
      ).toEqual(expected.slice(100, 103).map((r) => r.Id));
      // The cursor of a page's last record names the next upstream page: one call, with its token.
      const calls = listCalls();
      expect(calls).toHaveLength(1);
      expect(typeof calls[0]!.NextToken).toBe('string');
    });

    it('refuses a cursor reused with another filter, order or catalog, with no upstream call', async () => {
      const { middle } = await cursors();
      await expectRejected({ after: middle });
      await expectRejected({ after: middle, filter: { lifeCycleStages: ['QUALIFIED'] } });
      await expectRejected({
        after: middle,
        filter: { ...FILTER, createdAfter: '2024-01-01T00:00:00.000Z' },
      });
      await expectRejected({
        after: middle,
        filter: FILTER,
        orderBy: { field: 'CREATED_DATE', direction: 'DESC' },
      });
      await expectRejected({
        after: middle,
        filter: FILTER,
        orderBy: { field: 'LAST_MODIFIED_DATE', direction: 'ASC' },
      });
      await expectRejected({ after: middle, filter: FILTER, catalog: 'SANDBOX' });
    });

    it('refuses forged, edited and truncated cursors, with no upstream call', async () => {
      const { middle } = await cursors();
      const record = JSON.parse(
        Buffer.from(middle.slice('og1.'.length), 'base64url').toString('utf8'),
      ) as {
        v: number;
        b: string;
        p: { kind: string; token: string | null; index: number };
        c: string;
      };
      expect(record.p.kind).toBe('token');
      const encode = (value: unknown) =>
        `og1.${Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')}`;

      // The real cursor re-encoded is accepted: the forgeries below differ only where they say.
      t.pc.clearRequests();
      const control = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 3,
        filter: FILTER,
        after: encode(record),
      });
      expect(control.body.errors).toBeUndefined();

      const forged = [
        encode({ ...record, p: { ...record.p, index: record.p.index + 10 } }),
        encode({ ...record, p: { ...record.p, token: 'forged-token' } }),
        encode({ ...record, p: { kind: 'offset', offset: 42 } }),
        encode({ ...record, c: 'AAAAAAAAAAAA' }),
        encode({ ...record, v: 2 }),
        middle.slice(0, -3),
        middle.slice(0, 12),
        `${middle}A`,
        middle.replace('og1.', 'og2.'),
        'not-a-cursor',
        '',
      ];
      for (const after of forged) await expectRejected({ after, filter: FILTER });
    });

    it('refuses a cursor of another connection (engagementInvitations)', async () => {
      const { body } = await t.graphql(PcPageInvitationsDocument, { catalog: 'AWS', first: 2 });
      expect(body.errors).toBeUndefined();
      const foreign = body.data!.engagementInvitations!.pageInfo.endCursor!;
      await expectRejected({ after: foreign });
    });
  });

  describe('argument validation before any upstream call', () => {
    async function expectBadInput(
      variables: Record<string, unknown>,
      argument: string,
      mentions: readonly string[] = [],
    ): Promise<GraphQLFormattedError> {
      t.pc.clearRequests();
      const { status, body } = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        ...variables,
      });
      expect(status).toBe(200);
      expect(body.errors).toHaveLength(1);
      const error = body.errors![0]!;
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      for (const text of mentions) expect(error.message).toContain(text);
      expect(t.pc.requests()).toEqual([]);
      return error;
    }

    it.each([0, 101, -1])('refuses first: %d', async (first) => {
      await expectBadInput({ first }, 'first', [String(first), 'between 1 and 100']);
    });

    it('refuses 21 identifiers naming filter.identifiers', async () => {
      const ids = opportunities('AWS')
        .slice(0, 21)
        .map((r) => r.Id);
      await expectBadInput({ first: 5, filter: { identifiers: ids } }, 'filter.identifiers', [
        '21',
        '20',
      ]);
      // 20 is allowed.
      t.pc.clearRequests();
      const { body } = await t.graphql(PcPageOpportunitiesDocument, {
        catalog: 'AWS',
        first: 20,
        filter: { identifiers: ids.slice(0, 20) },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.partnerCentralOpportunities!.edges).toHaveLength(20);
    });

    it.each(['1234567', 'o1234567', 'O', 'O12345678901234567890', 'O12 3', ' O1234567'])(
      'refuses identifier %j naming its index',
      async (bad) => {
        const good = opportunities('AWS')[0]!.Id;
        await expectBadInput(
          { first: 5, filter: { identifiers: [good, good, bad] } },
          'filter.identifiers[2]',
          [JSON.stringify(bad), 'O[0-9]{1,19}'],
        );
      },
    );
  });

  describe('engagement connections', () => {
    type InvitationPage = PcPageInvitationsQuery['engagementInvitations'];
    type TaskPage = PcPageTasksQuery['engagementTasks'];

    it('walks engagementInvitations(catalog: AWS, first: 3) to the end, each once, newest first', async () => {
      const invitations = t.pc.data.AWS.invitations;
      expect(invitations.length).toBeGreaterThan(9);
      const expected = expectedOrder(
        invitations,
        (i) => Date.parse(i.InvitationDate),
        true,
        (i) => i.Id,
      );
      const pages: InvitationPage[] = [];
      let after: string | null = null;
      let calls = 0;
      for (let guard = 0; guard < 100; guard += 1) {
        t.pc.clearRequests();
        const { body }: Answer<PcPageInvitationsQuery> = await t.graphql(
          PcPageInvitationsDocument,
          { catalog: 'AWS', first: 3, after },
        );
        expect(body.errors).toBeUndefined();
        const page: InvitationPage = body.data!.engagementInvitations;
        const requests = t.pc.requests();
        expect(requests.every((r) => r.operation === 'ListEngagementInvitations')).toBe(true);
        expect(requests.length).toBeGreaterThanOrEqual(1);
        expect(requests.length).toBeLessThanOrEqual(2);
        calls += requests.length;
        expect(page!.pageInfo.hasPreviousPage).toBe(pages.length > 0);
        pages.push(page);
        if (!page!.pageInfo.hasNextPage) break;
        expect(page!.edges).toHaveLength(3);
        after = page!.pageInfo.endCursor;
      }
      expect(pages).toHaveLength(Math.ceil(expected.length / 3));
      expect(pages.slice(0, -1).every((p) => p!.pageInfo.hasNextPage)).toBe(true);
      expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
      expect(calls).toBeLessThanOrEqual(pages.length + 1);
      const nodes = pages.flatMap((p) => p!.edges.map((e) => e.node));
      expect(nodes).toEqual(
        expected.map((i) => ({
          id: `pc-invitation:AWS:${i.Id}`,
          invitationId: i.Id,
          catalog: 'AWS',
          status: i.Status,
          receivedAt: iso(i.InvitationDate),
        })),
      );
    });

    it('walks engagementTasks(ACCEPT_ENGAGEMENT_INVITATION) after a few accepts, each task once', async () => {
      const pending = t.pc.data.Sandbox.invitations.filter((i) => i.Status === 'PENDING');
      expect(pending.length).toBeGreaterThanOrEqual(7);
      const started: string[] = [];
      for (const invitation of pending.slice(0, 7)) {
        const { body } = await t.graphql(PcAcceptInvitationDocument, {
          input: { invitationId: `pc-invitation:Sandbox:${invitation.Id}` },
        });
        expect(body.errors).toBeUndefined();
        expect(body.data!.acceptEngagementInvitation!.task.invitationId).toBe(invitation.Id);
        started.push(body.data!.acceptEngagementInvitation!.task.taskId);
      }
      const tasks = t.pc.data.Sandbox.acceptInvitationTasks;
      expect(tasks.map((task) => task.TaskId).toSorted()).toEqual(started.toSorted());
      const expected = expectedOrder(
        tasks,
        (task) => Date.parse(task.StartTime),
        true,
        (task) => task.TaskId,
      );

      const pages: TaskPage[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard += 1) {
        t.pc.clearRequests();
        const { body }: Answer<PcPageTasksQuery> = await t.graphql(PcPageTasksDocument, {
          catalog: 'SANDBOX',
          type: 'ACCEPT_ENGAGEMENT_INVITATION',
          first: 2,
          after,
        });
        expect(body.errors).toBeUndefined();
        const page: TaskPage = body.data!.engagementTasks;
        const requests = t.pc.requests();
        expect(requests.map((r) => r.operation)).toEqual(
          requests.map(() => 'ListEngagementByAcceptingInvitationTasks'),
        );
        expect(requests.length).toBeGreaterThanOrEqual(1);
        expect(requests.length).toBeLessThanOrEqual(2);
        pages.push(page);
        if (!page!.pageInfo.hasNextPage) break;
        expect(page!.edges).toHaveLength(2);
        after = page!.pageInfo.endCursor;
      }
      expect(pages).toHaveLength(4);
      expect(pages.map((p) => p!.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
      const nodes = pages.flatMap((p) => p!.edges.map((e) => e.node));
      expect(nodes).toEqual(
        expected.map((task) => ({
          id: `pc-accept-task:Sandbox:${task.TaskId}`,
          type: 'ACCEPT_ENGAGEMENT_INVITATION',
          taskId: task.TaskId,
          catalog: 'SANDBOX',
          startedAt: iso(task.StartTime),
          invitationId: task.EngagementInvitationId,
        })),
      );
      // The other catalog has no tasks: an empty connection, one call.
      t.pc.clearRequests();
      const { body } = await t.graphql(PcPageTasksDocument, {
        catalog: 'AWS',
        type: 'ACCEPT_ENGAGEMENT_INVITATION',
        first: 2,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data!.engagementTasks!.edges).toEqual([]);
      expect(body.data!.engagementTasks!.pageInfo.hasNextPage).toBe(false);
      expect(t.pc.requests()).toHaveLength(1);
    });
  });
});
