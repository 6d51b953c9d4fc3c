import { BadUserInputError } from '../../../src/errors/index.js';
import {
  collectSegmentedPage,
  decodeCursor,
  type Connection,
  type CursorPosition,
} from '../../../src/pagination/index.js';
import { range, segmentUpstream } from './fake-upstreams.js';

const BINDING = {
  connection: 'Prospect.opportunities',
  lead: 'lsq-lead:x',
  eventCodes: [12000, 12003],
};

const expectedNodes = (lengths: readonly number[]) =>
  lengths.flatMap((length, segment) => range(length).map((index) => `${segment}:${index}`));

describe('segmented connections', () => {
  it.each<[number, number[]]>([
    [7, [20, 13]],
    [7, [14, 7]],
    [100, [250, 0, 99]],
    [3, [0, 0, 5, 0, 1, 0]],
    [5, [5, 0, 0]],
    [20, [0, 0]],
    [1, [2, 2]],
  ])(
    'first %d over lists %j: every record once, in order, no empty page',
    async (first, lengths) => {
      const [fetchSegment, calls] = segmentUpstream(lengths);
      const pages: Connection<string>[] = [];
      let after: CursorPosition | null = null;
      for (;;) {
        const page = await collectSegmentedPage({
          after,
          first,
          segmentCount: lengths.length,
          fetchSegment,
          binding: BINDING,
        });
        pages.push(page);
        if (!page.pageInfo.hasNextPage) {
          break;
        }
        after = decodeCursor(page.pageInfo.endCursor ?? '', BINDING);
      }
      const all = expectedNodes(lengths);
      expect(pages.flatMap((page) => page.nodes)).toEqual(all);
      pages.forEach((page, index) => {
        const isLast = index === pages.length - 1;
        expect(page.edges).toHaveLength(isLast ? all.length - first * index : first);
      });
      expect(calls.every(([, , count]) => count <= first + 1)).toBe(true);
    },
  );

  it('reads one call per page inside a list, and looks into the next list only at its end', async () => {
    const [fetchSegment, calls] = segmentUpstream([10, 10]);
    const input = { first: 5, segmentCount: 2, fetchSegment, binding: BINDING };
    const one = await collectSegmentedPage({ ...input, after: null });
    const two = await collectSegmentedPage({
      ...input,
      after: decodeCursor(one.pageInfo.endCursor ?? '', BINDING),
    });
    expect(two.nodes).toEqual(['0:5', '0:6', '0:7', '0:8', '0:9']);
    expect(two.pageInfo.hasNextPage).toBe(true);
    expect(calls).toEqual([
      [0, 0, 6],
      [0, 5, 6],
      [1, 0, 1],
    ]);
  });

  it('refuses a cursor naming a list this connection does not have', async () => {
    const [fetchSegment, calls] = segmentUpstream([3]);
    const walking = collectSegmentedPage({
      after: { kind: 'segmented', segment: 1, offset: 0 },
      first: 5,
      segmentCount: 1,
      fetchSegment,
      binding: BINDING,
    });
    await expect(walking).rejects.toBeInstanceOf(BadUserInputError);
    await expect(walking).rejects.toThrow('it names list 2, this connection reads 1');
    expect(calls).toEqual([]);
  });

  it('refuses a cursor of another kind', async () => {
    const [fetchSegment] = segmentUpstream([3]);
    await expect(
      collectSegmentedPage({
        after: { kind: 'offset', offset: 1 },
        first: 5,
        segmentCount: 1,
        fetchSegment,
        binding: BINDING,
      }),
    ).rejects.toMatchObject({ argument: 'after' });
  });
});
