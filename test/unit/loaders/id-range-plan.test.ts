import { planIdRanges } from '../../../src/sources/account-engagement/loaders/id-range-plan.js';

describe('planIdRanges', () => {
  it.each([
    ['nothing', [], { ranges: [], singles: [] }],
    ['one id is read', [7], { ranges: [], singles: [7] }],
    [
      '20 ids inside 25 share one range',
      Array.from({ length: 20 }, (_, i) => 100 + i + (i > 10 ? 5 : 0)),
      { ranges: [{ first: 100, last: 124 }], singles: [] },
    ],
    ['duplicates collapse', [5, 5, 6], { ranges: [{ first: 5, last: 6 }], singles: [] }],
    [
      'ids far apart are read one by one',
      [1, 5_000, 10_000],
      { ranges: [], singles: [1, 5_000, 10_000] },
    ],
    [
      'a range holds at most 200 ids (one query page)',
      [1, 150, 199, 200, 201, 390],
      {
        ranges: [
          { first: 1, last: 200 },
          { first: 201, last: 390 },
        ],
        singles: [],
      },
    ],
    [
      'mixed, unsorted input',
      [900, 3, 4, 50_000],
      { ranges: [{ first: 3, last: 4 }], singles: [900, 50_000] },
    ],
  ])('%s', (_label, ids, expected) => {
    expect(planIdRanges(ids)).toEqual(expected);
  });

  it('20 ids spread over 100,000 are 20 reads', () => {
    const ids = Array.from({ length: 20 }, (_, i) => 1 + i * 5_000);
    expect(planIdRanges(ids)).toEqual({ ranges: [], singles: ids });
  });
});
