import { BadUserInputError } from '../../../src/core/errors/index.js';
import { DEFAULT_FIRST, resolveFirst } from '../../../src/core/pagination/index.js';

describe('resolveFirst', () => {
  it.each([
    [undefined, DEFAULT_FIRST],
    [null, 20],
    [1, 1],
    [7, 7],
    [100, 100],
  ])('%p -> %p', (first, expected) => {
    expect(resolveFirst(first)).toBe(expected);
  });

  it.each([0, -1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (first) => {
    const error = (() => {
      try {
        resolveFirst(first);
      } catch (caught) {
        return caught;
      }
      throw new Error('expected a rejection');
    })();
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).argument).toBe('first');
    expect((error as Error).message).toBe(
      `Invalid value for "first" (got ${JSON.stringify(first) ?? String(first)}): must be between 1 and 100`,
    );
  });

  it('names the argument it is given', () => {
    expect(() => resolveFirst(0, 'limit')).toThrow('Invalid value for "limit" (got 0)');
  });
});
