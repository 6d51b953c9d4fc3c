import { oldestIdGroup } from '../../../src/sources/account-engagement/loaders/id-range-plan.js';

/** The next call's ids from a queue (oldest first), with a span of 200 as the loader uses. */
describe('oldestIdGroup', () => {
  it.each([
    ['an empty queue sends nothing', [], []],
    ['one id alone is read', [42], [42]],
    ['the oldest id without a neighbour goes alone, however many wait', [5_000, 10, 11], [5_000]],
    ['the oldest id with its neighbours, in queue order', [120, 900, 10, 199, 950], [120, 10, 199]],
    ['a range holds at most 200 ids (1 to 200)', [150, 1, 200, 201], [150, 1, 200]],
    ['the oldest id at the start of the next range', [201, 1, 150, 390, 200], [201, 390]],
    ['duplicates stay as queued', [7, 8, 7], [7, 8, 7]],
  ])('%s', (_label, queued, expected) => {
    expect(oldestIdGroup(queued)).toEqual(expected);
  });
});
