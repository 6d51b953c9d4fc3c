import { BadUserInputError } from '../../../src/core/errors/index.js';
import {
  decodeCursor,
  offsetConnection,
  offsetWindow,
  type Connection,
  type CursorPosition,
} from '../../../src/core/pagination/index.js';
import { range } from './fake-upstreams.js';

const BINDING = {
  connection: 'accountEngagementOpportunities',
  order: { field: 'ID', direction: 'ASC' },
};

/**
 * A client walking an offset-paged upstream of `size` records; `knowsTotal` says whether the
 * upstream reports its total (then `first` records are fetched, otherwise `first + 1`).
 */
function walkAll(size: number, first: number, knowsTotal: boolean) {
  const list = range(size).map((n) => `r${n}`);
  const fetched: [number, number][] = [];
  const pages: Connection<string>[] = [];
  let after: CursorPosition | null = null;
  for (;;) {
    const startOffset = offsetWindow(after);
    const count = knowsTotal ? first : first + 1;
    fetched.push([startOffset, count]);
    const page = offsetConnection({
      records: list.slice(startOffset, startOffset + count),
      startOffset,
      totalCount: knowsTotal ? size : null,
      binding: BINDING,
      first,
    });
    pages.push(page);
    if (!page.pageInfo.hasNextPage) {
      return { list, pages, fetched, nodes: pages.flatMap((p) => p.nodes) };
    }
    after = decodeCursor(page.pageInfo.endCursor ?? '', BINDING);
  }
}

describe('offset connections', () => {
  it.each<[number, number, boolean, number]>([
    [1_000, 7, true, 143],
    [1_000, 7, false, 143],
    [1_000, 100, true, 10],
    [1_000, 100, false, 10],
    [53, 20, true, 3],
    [60, 20, true, 3],
    [60, 20, false, 3],
    [1, 1, true, 1],
    [0, 20, true, 1],
    [0, 20, false, 1],
  ])('%d records, first %d, total known: %p -> %d pages', (size, first, knowsTotal, pageCount) => {
    const { list, pages, fetched, nodes } = walkAll(size, first, knowsTotal);
    expect(nodes).toEqual(list);
    expect(pages).toHaveLength(pageCount);
    expect(fetched.map(([offset]) => offset)).toEqual(range(pageCount).map((n) => n * first));
    pages.forEach((page, index) => {
      expect(page.totalCount).toBe(knowsTotal ? size : null);
      expect(page.pageInfo.hasPreviousPage).toBe(index > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    });
  });

  it('puts each record at its upstream offset', () => {
    const page = offsetConnection({
      records: ['a', 'b', 'c'],
      startOffset: 40,
      totalCount: null,
      binding: BINDING,
      first: 2,
    });
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.edges.map((edge) => decodeCursor(edge.cursor, BINDING))).toEqual([
      { kind: 'offset', offset: 40 },
      { kind: 'offset', offset: 41 },
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it.each<[string, number, number, number | null, boolean]>([
    ['an extra record says more', 3, 0, null, true],
    ['no extra record, total unknown', 2, 0, null, false],
    ['total says more', 2, 0, 10, true],
    ['total says this is the end', 2, 8, 10, false],
    ['short page despite a larger total (records deleted)', 1, 0, 10, false],
    ['nothing left despite the total', 0, 5, 10, false],
  ])('hasNextPage: %s', (_case, available, startOffset, totalCount, expected) => {
    const page = offsetConnection({
      records: range(available),
      startOffset,
      totalCount,
      binding: BINDING,
      first: 2,
    });
    expect(page.pageInfo.hasNextPage).toBe(expected);
  });

  it.each<[CursorPosition | null, number]>([
    [null, 0],
    [{ kind: 'offset', offset: 0 }, 1],
    [{ kind: 'offset', offset: 99 }, 100],
  ])('offsetWindow(%j) = %d', (after, expected) => {
    expect(offsetWindow(after)).toBe(expected);
  });

  it.each<CursorPosition>([
    { kind: 'token', token: null, index: 3 },
    { kind: 'merge', sources: {} },
  ])('offsetWindow refuses a $kind cursor', (after) => {
    expect(() => offsetWindow(after)).toThrow(BadUserInputError);
    expect(() => offsetWindow(after)).toThrow(
      `Invalid value for "after" (got ${JSON.stringify(after)}): must be a cursor of this connection: it holds a ${after.kind} position, this connection pages by offset`,
    );
  });
});
