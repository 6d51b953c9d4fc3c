import { parseGlobalIdOf } from '../../../core/domain/ids.js';
import { BadUserInputError } from '../../../core/errors/index.js';
import { checkBoundOrder } from '../../../core/pagination/bound-order.js';
import type { OpportunityQuery } from '../client.js';
import {
  AccountEngagementOpportunitySortField,
  UPSTREAM_DEFAULT_DIRECTION,
  UPSTREAM_RELATIVE_DATE,
  UPSTREAM_SORT_BY,
  type OpportunityDateBound,
  type OpportunityFilter,
  type OpportunityOrder,
} from './opportunity-filter.js';
import { toAccountEngagementTime, type SecondRounding } from '../time.js';
import { SortDirection } from '../../../core/domain/enums.js';

/** The query parameters that select and order records: everything but offset, limit, output. */
export type OpportunitySelection = Omit<OpportunityQuery, 'limit' | 'offset' | 'output'>;

/**
 * At most 255 characters with one `@` inside (docs/upstreams/account-engagement.md#error-codes,
 * error 4).
 */
const EMAIL = /^[^@\s]+@[^@\s]+$/;
const MAX_EMAIL_LENGTH = 255;

export function checkEmail(value: string, argument: string): string {
  if (value.length > MAX_EMAIL_LENGTH || !EMAIL.test(value)) {
    throw new BadUserInputError(
      argument,
      `must be an email address (one @, no spaces, at most ${MAX_EMAIL_LENGTH} characters)`,
      value,
    );
  }
  return value;
}

/** `ae-prospect:<id>` as the API's prospect id. */
export function prospectIdOf(value: string, argument: string): number {
  return parseGlobalIdOf(value, ['ae-prospect'], 'an Account Engagement prospect id', argument)
    .prospectId;
}

function dateBound(
  bound: OpportunityDateBound | null | undefined,
  argument: string,
  rounding: SecondRounding,
): string | undefined {
  if (bound === null || bound === undefined) return undefined;
  const { at, relative } = bound;
  const hasAt = at !== null && at !== undefined;
  const hasRelative = relative !== null && relative !== undefined;
  if (hasAt === hasRelative) {
    throw new BadUserInputError(argument, 'set exactly one of `at` and `relative`', bound);
  }
  return hasAt ? toAccountEngagementTime(at, rounding) : UPSTREAM_RELATIVE_DATE[relative!];
}

function integerIn(
  value: number | null | undefined,
  argument: string,
  min: number,
  max: number,
  rule: string,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadUserInputError(argument, rule, value);
  }
  return value;
}

/** A window whose lower bound is not below its upper bound matches nothing: a caller's mistake. */
function checkWindow<T extends number | Date>(
  lower: T | null | undefined,
  upper: T | null | undefined,
  names: readonly [string, string],
): void {
  checkBoundOrder(lower, upper, {
    argument: `filter.${names[0]}`,
    rule: `must be less than filter.${names[1]} (both bounds are strict)`,
    allowEqual: false,
    shown: (bound) => (bound instanceof Date ? bound.toISOString() : bound),
  });
}

/**
 * The filter and order as opportunity query parameters, checked against the API's rules
 * (docs/upstreams/account-engagement.md#opportunity-query, #error-codes) so that a bad filter fails
 * here, before any call. The order is always sent in full (sort_by and sort_order), so a cursor's
 * binding says exactly what it walked.
 */
export function opportunitySelectionOf(
  filter: OpportunityFilter | null | undefined,
  orderBy: OpportunityOrder | null | undefined,
): OpportunitySelection {
  const f = filter ?? {};
  const createdAfter = dateBound(f.createdAfter, 'filter.createdAfter', 'floor');
  const createdBefore = dateBound(f.createdBefore, 'filter.createdBefore', 'ceil');
  checkWindow(f.createdAfter?.at, f.createdBefore?.at, ['createdAfter', 'createdBefore']);

  const MAX_ID = Number.MAX_SAFE_INTEGER;
  const idGreaterThan = integerIn(
    f.idGreaterThan,
    'filter.idGreaterThan',
    0,
    MAX_ID,
    'must be >= 0',
  );
  const idLessThan = integerIn(f.idLessThan, 'filter.idLessThan', 1, MAX_ID, 'must be >= 1');
  checkWindow(idGreaterThan, idLessThan, ['idGreaterThan', 'idLessThan']);

  const percent = 'must be an integer from 0 to 100';
  const probabilityGreaterThan = integerIn(
    f.probabilityGreaterThan,
    'filter.probabilityGreaterThan',
    0,
    100,
    percent,
  );
  const probabilityLessThan = integerIn(
    f.probabilityLessThan,
    'filter.probabilityLessThan',
    0,
    100,
    percent,
  );
  checkWindow(probabilityGreaterThan, probabilityLessThan, [
    'probabilityGreaterThan',
    'probabilityLessThan',
  ]);

  const whole = 'must be a whole number >= 0 (the API compares values with integers)';
  const valueGreaterThan = integerIn(
    f.valueGreaterThan,
    'filter.valueGreaterThan',
    0,
    MAX_ID,
    whole,
  );
  const valueLessThan = integerIn(f.valueLessThan, 'filter.valueLessThan', 0, MAX_ID, whole);
  checkWindow(valueGreaterThan, valueLessThan, ['valueGreaterThan', 'valueLessThan']);

  const prospectEmail =
    f.prospectEmail === null || f.prospectEmail === undefined
      ? undefined
      : checkEmail(f.prospectEmail, 'filter.prospectEmail');
  const prospectId =
    f.prospectId === null || f.prospectId === undefined
      ? undefined
      : prospectIdOf(f.prospectId, 'filter.prospectId');

  const field = orderBy?.field ?? AccountEngagementOpportunitySortField.CREATED_AT;
  const direction = orderBy?.direction ?? UPSTREAM_DEFAULT_DIRECTION[field];
  const selection: OpportunitySelection = {
    createdAfter,
    createdBefore,
    idGreaterThan,
    idLessThan,
    probabilityGreaterThan,
    probabilityLessThan,
    valueGreaterThan,
    valueLessThan,
    prospectEmail,
    prospectId,
    sortBy: UPSTREAM_SORT_BY[field],
    sortOrder: direction === SortDirection.ASC ? 'ascending' : 'descending',
  };
  // Absent parameters are left out rather than sent empty.
  return Object.fromEntries(
    Object.entries(selection).filter(([, value]) => value !== undefined),
  ) as OpportunitySelection;
}
