/*
 * The merged listing's rules over the default configuration (two Partner Central catalogs, Account
 * Engagement, three LeadSquared event codes: six streams) on small datasets: what each upstream is
 * asked for, concurrency, pushed-down filters, finished streams, every source failing in turn,
 * and arguments refused before any call. Upstream behaviour is read from the simulators' logs.
 */
import {
  MergedPageDocument,
  MergedPageWithDetailsDocument,
  type MergedPageQueryVariables,
} from '../__generated__/graphql.js';
import type { RequestLogEntry } from '../../src/core/simulator/index.js';
import { walkMerged, type MergedPage } from '../support/merged-walk.js';
import { expectAllInFlightTogether } from '../support/request-timing.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

const RECORDS = 40;
const EVENT_CODES = [12000, 12001, 12003] as const;
const SOURCES = ['PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT', 'LEADSQUARED'] as const;
type Source = (typeof SOURCES)[number];

interface Expected {
  id: string;
  source: Source;
  stream: string;
  at: number;
}

interface ListOpportunitiesBody {
  Catalog: string;
  MaxResults?: number;
  NextToken?: string;
  Sort?: { SortBy: string; SortOrder: string };
  CreatedDate?: { AfterCreatedDate?: string; BeforeCreatedDate?: string };
}

interface SearchBody {
  OpportunityEventCode: number;
  Paging: { PageIndex: number; PageSize: number };
  Sorting: { ColumnName: string; Direction: string };
  AdvancedSearch?: string;
}

/** Simulator timestamps: ISO with a zone, or Account Engagement's "YYYY-MM-DD HH:MM:SS" in UTC. */
const instant = (text: string) =>
  Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);

type Page = MergedPage;

const idsOf = (pages: readonly Page[]) =>
  pages.flatMap((page) => page!.edges.map((e) => e.node.id));

describe('merged opportunities: rules', () => {
  let t: TestApp;
  let expected: Expected[];

  const clearLogs = () => {
    t.pc.clearRequests();
    t.ae.clearRequests();
    t.lsq.clearRequests();
  };
  const listCalls = () => t.pc.requests('ListOpportunities');
  const queryCalls = () => t.ae.requests('opportunity.query');
  const searchCalls = () => t.lsq.requests('RetrieveOpportunitiesBySearchParameter');
  const allCalls = () => [...t.pc.requests(), ...t.ae.requests(), ...t.lsq.requests()];
  const searchEventCode = (entry: RequestLogEntry) =>
    (entry.body as SearchBody).OpportunityEventCode;

  beforeAll(async () => {
    t = await startTestApp({
      SIMULATOR_RECORDS: String(RECORDS),
      LEADSQUARED_QUOTA_CALLS: '10000',
    });
    expected = [
      ...(['AWS', 'Sandbox'] as const).flatMap((catalog) =>
        t.pc.data[catalog].opportunities.map((o) => ({
          id: `pc:${catalog}:${o.Id}`,
          source: 'PARTNER_CENTRAL' as const,
          stream: `pc:${catalog}`,
          at: instant(o.CreatedDate),
        })),
      ),
      ...t.ae.data.liveOpportunities().map((o) => ({
        id: `ae:${o.id}`,
        source: 'ACCOUNT_ENGAGEMENT' as const,
        stream: 'ae',
        at: instant(o.created_at),
      })),
      ...EVENT_CODES.flatMap((code) =>
        t.lsq.data.opportunitiesOfType(code).map((o) => ({
          id: `lsq:${code}:${o.ProspectActivityId.toLowerCase()}`,
          source: 'LEADSQUARED' as const,
          stream: `lsq:${code}`,
          at: instant(o.CreatedOn),
        })),
      ),
    ];
  });

  afterAll(() => t.stop());

  beforeEach(() => {
    t.pc.clearFaults();
    t.ae.clearFaults();
    t.lsq.clearFaults();
    clearLogs();
  });

  it('asks every stream once per page, for no more records than the page can use, in the listing order', async () => {
    const { body } = await t.graphql(MergedPageDocument, { first: 10 });
    expect(body.errors).toBeUndefined();
    expect(body.data?.opportunities!.edges).toHaveLength(10);

    const lists = listCalls().map((entry) => entry.body as ListOpportunitiesBody);
    expect(lists.map((list) => list.Catalog).sort()).toEqual(['AWS', 'Sandbox']);
    for (const list of lists) {
      // Ten for the page and one to know whether more exist; never a whole upstream page.
      expect(list.MaxResults).toBe(11);
      expect(list.Sort).toEqual({ SortBy: 'CreatedDate', SortOrder: 'DESCENDING' });
    }
    const [query] = queryCalls();
    expect(queryCalls()).toHaveLength(1);
    expect(query!.query).toMatchObject({
      limit: '10',
      offset: '0',
      sort_by: 'created_at',
      sort_order: 'descending',
    });
    const searches = searchCalls().map((entry) => entry.body as SearchBody);
    expect(searches.map((search) => search.OpportunityEventCode).sort()).toEqual([...EVENT_CODES]);
    for (const search of searches) {
      expect(search.Paging).toEqual({ PageIndex: 1, PageSize: 10 });
      expect(search.Sorting).toEqual({ ColumnName: 'CreatedOn', Direction: '1' });
    }
  });

  it('reads the streams concurrently: every request arrives before any is answered', async () => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.setFaults([{ latencyMs: 200 }]);
    const { body } = await t.graphql(MergedPageDocument, { first: 5 });
    expect(body.errors).toBeUndefined();
    const calls = allCalls().filter((entry) => entry.operation !== 'oauth.token');
    expect(calls).toHaveLength(6);
    expectAllInFlightTogether(calls);
  });

  it('walks all six streams into every record once, newest first, and stops asking finished streams', async () => {
    const pageOf = new Map<string, number>();
    const callsPerPage: Record<string, number>[] = [];
    const { pages } = await walkMerged(t, { first: 25 }, (page) => {
      if (page > 1) callsPerPage.push(countByStream());
      clearLogs();
    });
    callsPerPage.push(countByStream());
    pages.forEach((page, index) => page!.edges.forEach((e) => pageOf.set(e.node.id, index)));

    const ids = idsOf(pages);
    expect(ids).toHaveLength(expected.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((record) => record.id)));
    const times = pages.flatMap((page) => page!.edges.map((e) => instant(e.node.createdAt!)));
    expect(times).toEqual(times.toSorted((a, b) => b - a));

    for (const stream of new Set(expected.map((record) => record.stream))) {
      const lastPage = Math.max(
        ...expected.filter((r) => r.stream === stream).map((r) => pageOf.get(r.id)!),
      );
      const calls = callsPerPage.map((counts) => counts[stream] ?? 0);
      // Asked on every page up to the one holding its last record, never after.
      expect(calls.slice(lastPage + 1).every((count) => count === 0)).toBe(true);
      const live = calls.slice(0, lastPage + 1);
      if (stream.startsWith('pc:')) {
        // A NextToken page can end inside the window: then one more call reads the next page.
        expect(live.every((count) => count >= 1 && count <= 2)).toBe(true);
      } else {
        expect(live).toEqual(live.map(() => 1));
      }
    }

    function countByStream(): Record<string, number> {
      const counts: Record<string, number> = {};
      const add = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
      for (const list of listCalls()) add(`pc:${(list.body as ListOpportunitiesBody).Catalog}`);
      for (let i = 0; i < queryCalls().length; i += 1) add('ae');
      for (const search of searchCalls()) add(`lsq:${searchEventCode(search)}`);
      return counts;
    }
  });

  it('pushes createdAfter and createdBefore down to every upstream and keeps their strict meaning', async () => {
    const times = expected.map((record) => record.at).sort((a, b) => a - b);
    // Bounds inside the data, with a fraction of a second to exercise each upstream's rounding.
    const after = new Date(times[Math.floor(times.length / 4)]! + 500);
    const before = new Date(times[Math.floor((times.length * 3) / 4)]! + 500);
    const inWindow = expected.filter(
      (record) => record.at > after.getTime() && record.at < before.getTime(),
    );
    expect(inWindow.length).toBeGreaterThan(50);

    const filter = { createdAfter: after.toISOString(), createdBefore: before.toISOString() };
    const { pages } = await walkMerged(t, { first: 30, filter });
    expect(new Set(idsOf(pages))).toEqual(new Set(inWindow.map((record) => record.id)));
    expect(idsOf(pages)).toHaveLength(inWindow.length);

    for (const list of listCalls().map((entry) => entry.body as ListOpportunitiesBody)) {
      // AfterCreatedDate is inclusive upstream: the strict bound moves on by one millisecond.
      expect(new Date(list.CreatedDate!.AfterCreatedDate!).getTime()).toBe(after.getTime() + 1);
      expect(new Date(list.CreatedDate!.BeforeCreatedDate!).getTime()).toBe(before.getTime());
    }
    for (const query of queryCalls()) {
      expect(query.query.created_after).toEqual(expect.any(String));
      expect(query.query.created_before).toEqual(expect.any(String));
    }
    for (const search of searchCalls()) {
      expect((search.body as SearchBody).AdvancedSearch).toContain('CreatedOn');
    }
  });

  it('reads only the sources asked for, and binds its cursors to them', async () => {
    const filter = { sources: ['ACCOUNT_ENGAGEMENT', 'LEADSQUARED'] as Source[] };
    const { body } = await t.graphql(MergedPageDocument, { first: 20, filter });
    const page = body.data!.opportunities;
    expect(page!.edges.every((e) => e.node.source !== 'PARTNER_CENTRAL')).toBe(true);
    expect(listCalls()).toHaveLength(0);
    expect(queryCalls()).toHaveLength(1);
    expect(searchCalls()).toHaveLength(3);

    clearLogs();
    const other = await t.graphql(MergedPageDocument, {
      first: 20,
      after: page!.pageInfo.endCursor,
      filter: { sources: ['LEADSQUARED'] },
    });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    expect(allCalls()).toHaveLength(0);
  });

  it.each(SOURCES)(
    'serves page 2 without %s when it fails there, names it, and loses no record',
    async (source) => {
      const simulator = { PARTNER_CENTRAL: t.pc, ACCOUNT_ENGAGEMENT: t.ae, LEADSQUARED: t.lsq }[
        source
      ];
      const { pages, errors } = await walkMerged(t, { first: 30 }, (page) => {
        if (page === 2) simulator.setFaults([{ status: 500 }]);
        if (page === 3) simulator.clearFaults();
      });
      expect(new Set(idsOf(pages))).toEqual(new Set(expected.map((record) => record.id)));
      expect(idsOf(pages)).toHaveLength(expected.length);

      expect(pages[1]!.unavailableSources).toEqual([source]);
      expect(pages[1]!.edges.every((e) => e.node.source !== source)).toBe(true);
      const streams = [
        ...new Set(expected.filter((r) => r.source === source).map((r) => r.stream)),
      ];
      expect(errors[1]!.map((error) => error.extensions?.stream).sort()).toEqual(streams.sort());
      for (const error of errors[1]!) {
        expect(error.path).toEqual(['opportunities']);
        expect(error.extensions).toMatchObject({
          code: 'UPSTREAM_UNAVAILABLE',
          source,
          upstreamStatus: 500,
          retryable: true,
        });
      }
      expect(errors.filter((_, index) => index !== 1).flat()).toEqual([]);
    },
  );

  it('fails the field (no empty page that promises more) when every source fails, leaking nothing', async () => {
    for (const simulator of [t.pc, t.ae, t.lsq]) simulator.setFaults([{ status: 503 }]);
    const { body, text } = await t.graphql(MergedPageDocument, { first: 10 });
    expect(body.data).toEqual({ opportunities: null });
    const streams = body.errors!.map((error) => error.extensions?.stream).sort();
    expect(streams).toEqual(['ae', 'lsq:12000', 'lsq:12001', 'lsq:12003', 'pc:AWS', 'pc:Sandbox']);
    expect(body.errors!.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE')).toBe(
      true,
    );
    expectNoSecrets(text);
    expectNoSecrets(t.logs.text());
  });

  it('fetches prospects with the page: Account Engagement in the same query, LeadSquared leads in one call', async () => {
    const { body } = await t.graphql(MergedPageWithDetailsDocument, { first: 60 });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.opportunities!.nodes;
    const bySource = (source: Source) => nodes.filter((node) => node.source === source);
    expect(bySource('PARTNER_CENTRAL').length).toBeGreaterThan(0);
    expect(bySource('PARTNER_CENTRAL').every((node) => node.prospects!.length === 0)).toBe(true);
    expect(bySource('LEADSQUARED').every((node) => node.prospects!.length === 1)).toBe(true);
    expect(bySource('ACCOUNT_ENGAGEMENT').some((node) => node.prospects!.length > 0)).toBe(true);

    expect(queryCalls()).toHaveLength(1);
    expect(queryCalls()[0]!.query.output).toBe('full');
    expect(t.ae.requests().filter((entry) => entry.operation !== 'oauth.token')).toHaveLength(1);
    expect(t.lsq.requests('RetrieveLeadsByIds')).toHaveLength(1);
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(0);
    expect(t.pc.requests('GetOpportunity')).toHaveLength(0);
  });

  it.each<[string, MergedPageQueryVariables, string]>([
    ['first 0', { first: 0 }, 'first'],
    ['first 101', { first: 101 }, 'first'],
    ['no sources', { filter: { sources: [] } }, 'filter.sources'],
    [
      'an empty window',
      { filter: { createdAfter: '2024-01-02T00:00:00Z', createdBefore: '2024-01-01T00:00:00Z' } },
      'filter.createdAfter',
    ],
    ['a forged cursor', { after: 'og1.bm90LWEtY3Vyc29y' }, 'after'],
    ['not a cursor', { after: 'page-2' }, 'after'],
  ])(
    'refuses %s with BAD_USER_INPUT before any upstream call',
    async (_case, variables, argument) => {
      const { body } = await t.graphql(MergedPageDocument, variables);
      expect(body.data).toEqual({ opportunities: null });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(allCalls()).toHaveLength(0);
    },
  );

  it('refuses a cursor of another connection or another order before any upstream call', async () => {
    const pc = await t.graphql(
      '{ partnerCentralOpportunities(catalog: AWS, first: 1) { pageInfo { endCursor } } }',
    );
    const pcCursor = (pc.body.data as { partnerCentralOpportunities: Page })
      .partnerCentralOpportunities!.pageInfo.endCursor;
    const asc = await t.graphql(MergedPageDocument, {
      first: 1,
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    const ascCursor = asc.body.data!.opportunities!.pageInfo.endCursor;
    clearLogs();
    for (const [after, issuedFor] of [
      [pcCursor, 'was issued for partnerCentralOpportunities, not for opportunities'],
      [
        ascCursor,
        'was issued for a different filter or order (opportunities with other arguments)',
      ],
    ] as const) {
      const { body } = await t.graphql(MergedPageDocument, { first: 5, after });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
      expect(body.errors?.[0]?.message).toContain(issuedFor);
    }
    expect(allCalls()).toHaveLength(0);
  });
});
