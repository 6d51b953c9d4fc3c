import {
  planOffsetPages,
  sliceFromPages,
  type OffsetPagePlan,
} from '../../../src/core/pagination/index.js';
import { range } from './fake-upstreams.js';

/** Fetches the plan's pages from an in-memory list, as LeadSquared's PageIndex/PageSize would. */
function fetchPlan<T>(list: readonly T[], plan: OffsetPagePlan): T[][] {
  return plan.pageIndexes.map((pageIndex) =>
    list.slice((pageIndex - 1) * plan.pageSize, pageIndex * plan.pageSize),
  );
}

describe('planOffsetPages', () => {
  it.each<[string, number, number, number, OffsetPagePlan]>([
    ['first page', 0, 20, 100, { pageSize: 20, pageIndexes: [1] }],
    ['aligned second page', 20, 20, 100, { pageSize: 20, pageIndexes: [2] }],
    ['aligned far page', 980, 20, 100, { pageSize: 20, pageIndexes: [50] }],
    ['aligned first = 7', 14, 7, 5000, { pageSize: 7, pageIndexes: [3] }],
    ['unaligned, a bigger page holds it', 5, 7, 100, { pageSize: 12, pageIndexes: [1] }],
    ['unaligned further on', 25, 10, 100, { pageSize: 12, pageIndexes: [3] }],
    ['peek record (first + 1) on an aligned walk', 20, 21, 100, { pageSize: 41, pageIndexes: [1] }],
    ['single record', 12_345, 1, 100, { pageSize: 1, pageIndexes: [12_346] }],
    ['count === maxPageSize, aligned', 200, 100, 100, { pageSize: 100, pageIndexes: [3] }],
    ['count === maxPageSize, unaligned', 150, 100, 100, { pageSize: 100, pageIndexes: [2, 3] }],
    ['aligned under a small cap', 99, 3, 3, { pageSize: 3, pageIndexes: [34] }],
    ['two pages of count', 1, 3, 3, { pageSize: 3, pageIndexes: [1, 2] }],
    ['count above the cap', 5, 250, 100, { pageSize: 100, pageIndexes: [1, 2, 3] }],
    ['nothing to read', 40, 0, 100, { pageSize: 1, pageIndexes: [] }],
  ])('%s: offset %d, count %d, max %d', (_case, offset, count, max, expected) => {
    expect(planOffsetPages(offset, count, max)).toEqual(expected);
  });

  it('uses one page whenever some size up to the cap holds the range, and the smallest one', () => {
    for (let offset = 0; offset < 120; offset += 1) {
      for (const count of [1, 2, 7, 20, 21, 50]) {
        const plan = planOffsetPages(offset, count, 100);
        const last = offset + count - 1;
        const fits = (size: number) => Math.floor(offset / size) === Math.floor(last / size);
        const sizes = range(101).filter((size) => size >= count && fits(size));
        if (sizes.length > 0) {
          expect(plan).toEqual({
            pageSize: sizes[0],
            pageIndexes: [Math.floor(offset / (sizes[0] ?? 1)) + 1],
          });
        } else {
          expect(plan.pageIndexes).toHaveLength(2);
        }
      }
    }
  });

  it('costs one call per page on a walk with constant first', () => {
    for (const first of [1, 7, 20, 100]) {
      for (let offset = 0; offset < 2_000; offset += first) {
        expect(planOffsetPages(offset, first, 5_000)).toEqual({
          pageSize: first,
          pageIndexes: [offset / first + 1],
        });
      }
    }
  });

  it.each([
    [-1, 1, 10],
    [0, -1, 10],
    [0, 1, 0],
    [0.5, 1, 10],
    [Number.NaN, 1, 10],
  ])('refuses internal misuse: offset %p, count %p, max %p', (offset, count, max) => {
    expect(() => planOffsetPages(offset, count, max)).toThrow(RangeError);
  });
});

describe('sliceFromPages', () => {
  const list = range(1_000).map((n) => `r${n}`);

  it('returns exactly the records asked for, across every plan shape', () => {
    for (const max of [3, 10, 100]) {
      for (let offset = 0; offset < 60; offset += 1) {
        for (const count of [1, 3, 7, 10, 25]) {
          const plan = planOffsetPages(offset, count, max);
          const records = sliceFromPages(plan, fetchPlan(list, plan), offset, count);
          expect(records).toEqual(list.slice(offset, offset + count));
        }
      }
    }
  });

  it.each([
    ['range past the end', 995, 10, ['r995', 'r996', 'r997', 'r998', 'r999']],
    ['range starting at the end', 1_000, 5, []],
    ['empty range', 10, 0, []],
  ])('%s', (_case, offset, count, expected) => {
    const plan = planOffsetPages(offset, count, 100);
    expect(sliceFromPages(plan, fetchPlan(list, plan), offset, count)).toEqual(expected);
  });

  it('stops at a short page instead of misaligning what follows it', () => {
    const plan = { pageSize: 3, pageIndexes: [1, 2] };
    expect(
      sliceFromPages(
        plan,
        [
          ['a', 'b'],
          ['x', 'y', 'z'],
        ],
        1,
        3,
      ),
    ).toEqual(['b']);
  });
});
