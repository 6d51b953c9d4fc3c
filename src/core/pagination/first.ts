import { BadUserInputError } from '../errors/index.js';

/** docs/pagination.md: `first` defaults to 20 and ranges over 1..100 on every connection. */
export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

export function resolveFirst(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) {
    return DEFAULT_FIRST;
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw new BadUserInputError(argument, `must be between 1 and ${MAX_FIRST}`, first);
  }
  return first;
}
