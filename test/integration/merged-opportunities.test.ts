/*
 * The merged `opportunities` listing walked end to end over the three simulators, 1,000 visible
 * records each (one Partner Central catalog, Account Engagement, one LeadSquared event code).
 * Expected answers come from the simulators' datasets; "no more than the page can use" and
 * "concurrently" are read from the simulators' request logs.
 */
import { walkMerged } from '../support/merged-walk.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORDS = 1_000;
const EVENT_CODE = 12003;

const time = (iso: string | null | undefined) => Date.parse(iso ?? '');

describe('merged opportunities', () => {
  let t: TestApp;
  let expectedIds: Set<string>;

  beforeAll(async () => {
    t = await startTestApp({
      SIMULATOR_RECORDS: String(RECORDS),
      PARTNER_CENTRAL_CATALOGS: 'AWS',
      LEADSQUARED_EVENT_CODES: String(EVENT_CODE),
      // The walks below make ~300 LeadSquared calls each; the quota itself is tested elsewhere.
      LEADSQUARED_QUOTA_CALLS: '10000',
    });
    // 1,000 visible records per source: the Account Engagement seed deletes a few.
    for (const record of t.ae.data.opportunities) record.deleted = false;
    expectedIds = new Set([
      ...t.pc.data.AWS.opportunities.map((o) => `pc:AWS:${o.Id}`),
      ...t.ae.data.opportunities.map((o) => `ae:${o.id}`),
      ...t.lsq.data
        .opportunitiesOfType(EVENT_CODE)
        .map((o) => `lsq:${EVENT_CODE}:${o.ProspectActivityId.toLowerCase()}`),
    ]);
  });

  afterAll(() => t.stop());

  beforeEach(() => {
    t.pc.clearFaults();
    t.ae.clearFaults();
    t.lsq.clearFaults();
  });

  it('walks 3 sources of 1,000 records with first: 10 into 3,000 distinct records, newest first', async () => {
    expect(expectedIds.size).toBe(3 * RECORDS);
    const { edges, pages, errors } = await walkMerged(t, { first: 10 });

    const ids = edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(3 * RECORDS);
    expect(new Set(ids)).toEqual(expectedIds);
    for (let i = 1; i < edges.length; i += 1) {
      const [previous, current] = [edges[i - 1]!.node, edges[i]!.node];
      expect(time(previous.createdAt)).toBeGreaterThanOrEqual(time(current.createdAt));
    }
    // Interleaved, not concatenated: the sources take turns many times along the walk.
    const turns = edges.filter(
      (edge, i) => i > 0 && edge.node.source !== edges[i - 1]!.node.source,
    );
    expect(turns.length).toBeGreaterThan(100);
    expect(pages).toHaveLength((3 * RECORDS) / 10);
    expect(pages.every((page) => page!.unavailableSources.length === 0)).toBe(true);
    expect(pages.every((page) => page!.totalCount === null)).toBe(true);
    expect(errors.flat()).toEqual([]);
  });

  it('walks oldest first with orderBy ASC, the exact reverse order of createdAt', async () => {
    const { edges } = await walkMerged(t, {
      first: 50,
      orderBy: { field: 'CREATED_AT', direction: 'ASC' },
    });
    expect(new Set(edges.map((edge) => edge.node.id))).toEqual(expectedIds);
    for (let i = 1; i < edges.length; i += 1) {
      expect(time(edges[i - 1]!.node.createdAt)).toBeLessThanOrEqual(
        time(edges[i]!.node.createdAt),
      );
    }
  });

  it('still yields the same 3,000 when one source fails on the fifth page only, resuming it where it stood', async () => {
    const aeQueries = () => t.ae.requests('opportunity.query');
    /** offsets[n]: the offsets Account Engagement was asked for on page n + 1. */
    const offsets: number[][] = [];
    const { edges, pages, errors } = await walkMerged(t, { first: 10 }, (page) => {
      if (page > 1) offsets.push(aeQueries().map((request) => Number(request.query.offset)));
      t.ae.clearRequests();
      // Every attempt of page 5 fails (retries included); page 6 finds the source healthy again.
      if (page === 5) t.ae.setFaults([{ operation: 'opportunity.query', status: 500 }]);
      if (page === 6) t.ae.clearFaults();
    });

    expect(new Set(edges.map((edge) => edge.node.id))).toEqual(expectedIds);
    expect(edges).toHaveLength(3 * RECORDS);

    const failed = pages[4]!;
    expect(failed.unavailableSources).toEqual(['ACCOUNT_ENGAGEMENT']);
    expect(failed.edges).toHaveLength(10);
    expect(failed.edges.every((edge) => edge.node.source !== 'ACCOUNT_ENGAGEMENT')).toBe(true);
    expect(failed.pageInfo.hasNextPage).toBe(true);
    expect(errors[4]).toEqual([
      expect.objectContaining({
        path: ['opportunities'],
        message: expect.stringContaining('Account Engagement is missing from this page'),
        extensions: expect.objectContaining({
          code: 'UPSTREAM_UNAVAILABLE',
          source: 'ACCOUNT_ENGAGEMENT',
          stream: 'ae',
          upstreamStatus: 500,
        }),
      }),
    ]);
    pages.forEach((page, index) => {
      if (index !== 4) expect(page!.unavailableSources).toEqual([]);
    });
    expect(errors.filter((list, index) => index !== 4).flat()).toEqual([]);
    // Page 6 asks Account Engagement from the offset page 5 tried, not from further on.
    const [page5, page6] = [offsets[4]!, offsets[5]!];
    expect(page5.length).toBeGreaterThan(1); // retried before giving up
    expect(new Set(page5)).toEqual(new Set([page5[0]]));
    expect(page6).toEqual([page5[0]]);
  });
});
