import {
  mergeStreams,
  type MergeInput,
  type SourcePosition,
  type StreamOutcome,
} from '../../../src/core/pagination/index.js';

/*
 * The k-way merge on its own. Records are [time, id] pairs; streams are offset lists so a record's
 * position is easy to read back. Each test states what the merge must decide.
 */
type Rec = readonly [number, string];

const byTimeDesc = (a: Rec, b: Rec) => b[0] - a[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** A stream page from `offset` (the offset of its first record) with `records`. */
function page(records: Rec[], offset: number, hasMore: boolean): StreamOutcome<Rec> {
  return {
    ok: true,
    page: {
      items: records.map((node, index) => ({
        node,
        position: { kind: 'offset', offset: offset + index },
      })),
      hasMore,
    },
  };
}

function merge(
  outcomes: Record<string, StreamOutcome<Rec>>,
  first: number,
  start: Record<string, SourcePosition> = {},
  streams = ['a', 'b', 'c'],
) {
  const input: MergeInput<Rec> = { streams, start, outcomes, first, compare: byTimeDesc };
  return mergeStreams(input);
}

const ids = (result: ReturnType<typeof merge>) => result.items.map((item) => item.node[1]);
const positionsOf = (result: ReturnType<typeof merge>, index: number) => {
  const position = result.items[index]!.position;
  if (position.kind !== 'merge') throw new Error('not a merge position');
  return position.sources;
};

describe('mergeStreams', () => {
  it('interleaves the heads by the comparator and stops at first', () => {
    const result = merge(
      {
        a: page(
          [
            [9, 'a9'],
            [6, 'a6'],
            [3, 'a3'],
          ],
          0,
          true,
        ),
        b: page(
          [
            [8, 'b8'],
            [7, 'b7'],
            [1, 'b1'],
          ],
          0,
          false,
        ),
        c: page([[5, 'c5']], 0, false),
      },
      3,
    );
    expect(ids(result)).toEqual(['a9', 'b8', 'b7']);
    expect(result.hasNextPage).toBe(true);
  });

  it("writes every stream's position into each edge: consumed ones advance, others stay", () => {
    const result = merge(
      {
        a: page(
          [
            [9, 'a9'],
            [6, 'a6'],
          ],
          4,
          true,
        ),
        b: page([[8, 'b8']], 0, true),
      },
      2,
      { a: { kind: 'offset', offset: 3 } },
      ['a', 'b'],
    );
    expect(ids(result)).toEqual(['a9', 'b8']);
    expect(positionsOf(result, 0)).toEqual({ a: { kind: 'offset', offset: 4 } });
    expect(positionsOf(result, 1)).toEqual({
      a: { kind: 'offset', offset: 4 },
      b: { kind: 'offset', offset: 0 },
    });
  });

  it('marks a stream done once its last record is consumed, and an empty one from the start', () => {
    const result = merge(
      {
        a: page([[9, 'a9']], 0, false),
        b: page([], 0, false),
        c: page(
          [
            [5, 'c5'],
            [4, 'c4'],
          ],
          0,
          true,
        ),
      },
      2,
    );
    expect(ids(result)).toEqual(['a9', 'c5']);
    expect(positionsOf(result, 0)).toEqual({ a: { kind: 'done' }, b: { kind: 'done' } });
    expect(positionsOf(result, 1)).toEqual({
      a: { kind: 'done' },
      b: { kind: 'done' },
      c: { kind: 'offset', offset: 0 },
    });
    expect(result.hasNextPage).toBe(true);
  });

  it('ends with hasNextPage false only when every stream is drained and none has more', () => {
    const drained = merge({ a: page([[2, 'a2']], 0, false), b: page([[1, 'b1']], 0, false) }, 5);
    expect(ids(drained)).toEqual(['a2', 'b1']);
    expect(drained.hasNextPage).toBe(false);

    const exact = merge({ a: page([[2, 'a2']], 0, false), b: page([[1, 'b1']], 0, true) }, 2);
    expect(exact.hasNextPage).toBe(true);
  });

  it('breaks ties on time by the comparator (id), whatever the stream order', () => {
    const result = merge(
      {
        a: page([[5, 'z']], 0, false),
        b: page([[5, 'm']], 0, false),
        c: page([[5, 'a']], 0, false),
      },
      3,
    );
    expect(ids(result)).toEqual(['a', 'm', 'z']);
  });

  it('serves the page from the others when a stream failed, keeps its position, and says more may come', () => {
    const start: Record<string, SourcePosition> = { b: { kind: 'offset', offset: 41 } };
    const result = merge(
      {
        a: page(
          [
            [9, 'a9'],
            [3, 'a3'],
          ],
          0,
          false,
        ),
        b: { ok: false },
        c: page([], 0, false),
      },
      5,
      start,
    );
    expect(ids(result)).toEqual(['a9', 'a3']);
    expect(positionsOf(result, 1)).toEqual({
      a: { kind: 'done' },
      b: { kind: 'offset', offset: 41 },
      c: { kind: 'done' },
    });
    expect(result.hasNextPage).toBe(true);
  });

  it('does not ask done streams (absent outcome) and keeps them done', () => {
    const result = merge({ b: page([[1, 'b1']], 0, false) }, 3, { a: { kind: 'done' } }, [
      'a',
      'b',
    ]);
    expect(ids(result)).toEqual(['b1']);
    expect(positionsOf(result, 0)).toEqual({ a: { kind: 'done' }, b: { kind: 'done' } });
    expect(result.hasNextPage).toBe(false);
  });

  it('stops before passing a stream whose next record it has not seen', () => {
    // b returned fewer records than the page size yet holds more: its next record may be newer
    // than a's second one, so the page ends after b's last seen record.
    const result = merge(
      {
        a: page(
          [
            [9, 'a9'],
            [2, 'a2'],
          ],
          0,
          false,
        ),
        b: page([[5, 'b5']], 0, true),
      },
      5,
      {},
      ['a', 'b'],
    );
    expect(ids(result)).toEqual(['a9', 'b5']);
    expect(result.hasNextPage).toBe(true);
  });

  it('returns an empty page with hasNextPage false when every stream is done', () => {
    const result = merge({}, 3, { a: { kind: 'done' }, b: { kind: 'done' } }, ['a', 'b']);
    expect(result).toEqual({ items: [], hasNextPage: false });
  });

  it('yields every record once across pages resumed from the last edge', () => {
    // Three offset lists merged in pages of 4, each page resuming every stream from the last edge.
    const lists: Record<string, Rec[]> = {
      a: [10, 7, 7, 2].map((time, i) => [time, `a${i}`] as const),
      b: [9, 8, 1].map((time, i) => [time, `b${i}`] as const),
      c: [7, 6, 5, 4, 3].map((time, i) => [time, `c${i}`] as const),
    };
    let start: Record<string, SourcePosition> = {};
    const seen: Rec[] = [];
    for (let pages = 0; pages < 10; pages += 1) {
      const outcomes: Record<string, StreamOutcome<Rec>> = {};
      for (const [name, list] of Object.entries(lists)) {
        const at = start[name];
        if (at?.kind === 'done') continue;
        const from = at?.kind === 'offset' ? at.offset + 1 : 0;
        outcomes[name] = page(list.slice(from, from + 4), from, from + 4 < list.length);
      }
      const result = merge(outcomes, 4, start);
      seen.push(...result.items.map((item) => item.node));
      if (!result.hasNextPage) break;
      start = positionsOf(result, result.items.length - 1);
    }
    const all = Object.values(lists).flat();
    expect(seen).toHaveLength(all.length);
    expect(seen).toEqual(all.toSorted(byTimeDesc));
  });
});
