import { BadUserInputError } from '../../../src/core/errors/index.js';
import {
  collectTokenPage,
  decodeCursor,
  walkTokenPages,
  type Connection,
  type CursorPosition,
  type FetchTokenPage,
} from '../../../src/core/pagination/index.js';
import { range, tokenUpstream } from './fake-upstreams.js';

const BINDING = { connection: 'engagementInvitations', catalog: 'Sandbox' };

interface Walk {
  nodes: number[];
  pages: Connection<number>[];
}

/** A client paging through with endCursor until hasNextPage is false. */
async function walkAll(fetchPage: FetchTokenPage<number>, first: number): Promise<Walk> {
  const pages: Connection<number>[] = [];
  let after: CursorPosition | null = null;
  for (;;) {
    const page = await collectTokenPage({ after, first, fetchPage, binding: BINDING });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) {
      return { nodes: pages.flatMap((p) => p.nodes), pages };
    }
    expect(page.pageInfo.endCursor).not.toBeNull();
    after = decodeCursor(page.pageInfo.endCursor ?? '', BINDING);
  }
}

const ODD_PAGES = [0, 3, 0, 0, 17, 1, 0, 100, 5, 0, 0, 42, 0];
const total = (sizes: readonly number[]) => sizes.reduce((sum, size) => sum + size, 0);

describe('walking NextToken pages', () => {
  it.each<[string, number, number[]]>([
    ['1,000 in pages of 100', 7, Array(10).fill(100)],
    ['1,000 in pages of 100', 100, Array(10).fill(100)],
    ['1,000 in pages of 100', 1, Array(10).fill(100)],
    ['1,000 in pages of 100', 33, Array(10).fill(100)],
    ['odd pages with empty ones', 7, ODD_PAGES],
    ['odd pages with empty ones', 100, ODD_PAGES],
    ['odd pages with empty ones', 3, ODD_PAGES],
    ['odd pages with empty ones', 1, ODD_PAGES],
    ['a trailing empty page', 10, [10, 10, 0]],
    ['a trailing empty page', 20, [10, 10, 0]],
    ['only empty pages before the data', 2, [0, 0, 0, 4]],
    ['empty pages between full ones', 5, [5, 0, 0, 5, 0, 5]],
    ['pages smaller than first', 100, Array(50).fill(3)],
    ['one short page', 7, [5]],
  ])('%s, first = %d: every record once, in order, no empty page', async (_case, first, sizes) => {
    const [fetchPage, calls] = tokenUpstream(sizes);
    const { nodes, pages } = await walkAll(fetchPage, first);
    expect(nodes).toEqual(range(total(sizes)));
    pages.forEach((page, index) => {
      const isLast = index === pages.length - 1;
      expect(page.edges).toHaveLength(isLast ? total(sizes) - first * index : first);
      expect(page.pageInfo.hasPreviousPage).toBe(index > 0);
      expect(page.totalCount).toBeNull();
    });
    // Each request reads its pages once, plus at most one look ahead per upstream page boundary.
    expect(calls.length).toBeLessThanOrEqual(pages.length + sizes.length);
  });

  it('costs one call per page of 7 within an upstream page, two when crossing one', async () => {
    const [fetchPage, calls] = tokenUpstream(Array(10).fill(100));
    const { pages } = await walkAll(fetchPage, 7);
    expect(pages).toHaveLength(143);
    // 143 requests; the 9 that straddle two upstream pages each read one more.
    expect(calls).toHaveLength(143 + 9);
  });

  it('costs two calls per page when first equals the upstream page size (the look ahead)', async () => {
    const [fetchPage, calls] = tokenUpstream(Array(10).fill(100));
    const { pages } = await walkAll(fetchPage, 100);
    expect(pages).toHaveLength(10);
    // Each page looks at the next upstream page, and its end cursor points there: no page is
    // fetched twice within a request, and the last request has nothing to look at.
    expect(calls).toHaveLength(19);
    expect(calls.slice(0, 4)).toEqual([null, 'tok-1-7919', 'tok-1-7919', 'tok-2-15838']);
  });

  it('tells fetchPage how many records of the page, from its start, would finish the walk', async () => {
    const [upstream] = tokenUpstream([5, 5, 5]);
    const wanted: [string | null, number][] = [];
    const fetchPage: FetchTokenPage<number> = (token, count) => {
      wanted.push([token, count]);
      return upstream(token, count);
    };
    // From record 2 of the first page (index 1 consumed), 6 more: 2 to skip + 6 + 1 look ahead.
    const after: CursorPosition = { kind: 'token', token: null, index: 1 };
    const walk = await walkTokenPages({ after, first: 6, fetchPage });
    expect(walk.items.map((item) => item.node)).toEqual([2, 3, 4, 5, 6, 7]);
    // The first page gave 3; the second must give the other 3 and show one more.
    expect(wanted).toEqual([
      [null, 9],
      ['tok-1-7919', 4],
    ]);
  });

  it('resumes right after any edge, not only the end cursor', async () => {
    const sizes = [0, 4, 0, 3, 5, 0];
    const [fetchPage] = tokenUpstream(sizes);
    const everything = await collectTokenPage({
      after: null,
      first: 12,
      fetchPage,
      binding: BINDING,
    });
    expect(everything.nodes).toEqual(range(12));
    for (const [index, edge] of everything.edges.entries()) {
      const after = decodeCursor(edge.cursor, BINDING);
      const rest = await collectTokenPage({ after, first: 100, fetchPage, binding: BINDING });
      expect(rest.nodes).toEqual(range(12).slice(index + 1));
      expect(rest.pageInfo.hasNextPage).toBe(false);
    }
  });

  it('names the next upstream page in the cursor of a page-final record', async () => {
    const [fetchPage] = tokenUpstream([2, 2]);
    const walk = await walkTokenPages({ after: null, first: 3, fetchPage });
    expect(walk.items.map((item) => item.position)).toEqual([
      { kind: 'token', token: null, index: 0 },
      { kind: 'token', token: 'tok-1-7919', index: -1 },
      { kind: 'token', token: 'tok-1-7919', index: 0 },
    ]);
    expect(walk.hasNextPage).toBe(true);
  });

  it('answers an empty dataset with one empty page', async () => {
    const [fetchPage, calls] = tokenUpstream([0]);
    const page = await collectTokenPage({ after: null, first: 20, fetchPage, binding: BINDING });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
    expect(calls).toEqual([null]);
  });

  it('skips across pages when a cursor index lies beyond its page (page size changed)', async () => {
    const [fetchPage] = tokenUpstream([5, 5, 5, 5]);
    const after: CursorPosition = { kind: 'token', token: null, index: 12 };
    const walk = await walkTokenPages({ after, first: 3, fetchPage });
    expect(walk.items.map((item) => item.node)).toEqual([13, 14, 15]);
  });

  it.each([
    ['absent', undefined],
    ['empty string', ''],
    ['the same token again', 'same'],
  ])('ends the list on a NextToken that is %s', async (_case, nextToken) => {
    const calls: (string | null)[] = [];
    const fetchPage: FetchTokenPage<string> = async (token) => {
      calls.push(token);
      return token === null ? { items: ['a'], nextToken: 'same' } : { items: ['b'], nextToken };
    };
    const walk = await walkTokenPages({ after: null, first: 10, fetchPage });
    expect(walk.items.map((item) => item.node)).toEqual(['a', 'b']);
    expect(walk.hasNextPage).toBe(false);
    expect(calls).toEqual([null, 'same']);
  });

  it('gives up on an upstream that hands out empty pages forever', async () => {
    let served = 0;
    const fetchPage: FetchTokenPage<string> = async () => ({
      items: [],
      nextToken: `t${++served}`,
    });
    await expect(
      walkTokenPages({ after: null, first: 5, fetchPage, maxFetches: 10 }),
    ).rejects.toThrow('Token walk gave up after 10 upstream pages');
    expect(served).toBe(10);
  });

  it.each<[string, CursorPosition]>([
    ['offset', { kind: 'offset', offset: 3 }],
    ['merge', { kind: 'merge', sources: {} }],
  ])('refuses a cursor of kind %s before any upstream call', async (_case, after) => {
    const [fetchPage, calls] = tokenUpstream([10]);
    const walking = collectTokenPage({ after, first: 5, fetchPage, binding: BINDING });
    await expect(walking).rejects.toBeInstanceOf(BadUserInputError);
    await expect(walking).rejects.toMatchObject({ argument: 'after' });
    await expect(walking).rejects.toThrow(
      `it holds a ${after.kind} position, this connection pages by token`,
    );
    expect(calls).toEqual([]);
  });
});
