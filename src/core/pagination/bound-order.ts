import { BadUserInputError } from '../errors/index.js';

/** A bound of a listing filter: compared by value (a Date by its time, a string as text). */
export type Bound = number | string | Date;

export interface BoundOrderRule<T extends Bound> {
  /** The argument the error names: the lower bound's. */
  readonly argument: string;
  /** The error's rule, e.g. `must be earlier than filter.createdBefore`. */
  readonly rule: string;
  /**
   * Strict bounds (`after`/`before`) match nothing when equal, so equal is refused too; inclusive
   * bounds (`on or after`/`on or before`) may be equal.
   */
  readonly allowEqual: boolean;
  /** The lower bound as the error shows it. */
  readonly shown: (lower: T) => unknown;
}

/**
 * A window whose lower bound lies above its upper bound (or on it, for strict bounds) matches
 * nothing: a caller's mistake, refused before any upstream call. An absent bound never fails.
 */
export function checkBoundOrder<T extends Bound>(
  lower: T | null | undefined,
  upper: T | null | undefined,
  { argument, rule, allowEqual, shown }: BoundOrderRule<T>,
): void {
  if (lower === null || lower === undefined || upper === null || upper === undefined) return;
  const [low, high] = [lower.valueOf(), upper.valueOf()];
  if (allowEqual ? low > high : low >= high) {
    throw new BadUserInputError(argument, rule, shown(lower));
  }
}
