/**
 * ListOpportunities' filters and sort keys (docs/upstreams/partner-central.md#listopportunities).
 * Semantics the documentation leaves open are simulator choices:
 * - every filter present must match (AND); values inside one list filter are alternatives (OR);
 *   an empty list (the model allows 0 items) filters nothing;
 * - CustomerCompanyName matches the whole name, case-insensitively;
 * - LastModifiedDate and CreatedDate: After is inclusive ("on or after", as the ListOpportunities
 *   page says of AfterLastModifiedDate), Before is exclusive; TargetCloseDate (days,
 *   `YYYY-MM-DD`): both ends inclusive;
 * - a record without the filtered value (no TargetCloseDate, no stage) never matches that filter.
 */
import type { OpportunityRecord } from '../data/records.js';
import { parseRfc3339 } from '../timestamps.js';
import type { SortValue } from './sort.js';

export type OpportunitySortName =
  'LastModifiedDate' | 'Identifier' | 'CustomerCompanyName' | 'CreatedDate' | 'TargetCloseDate';

export interface ListOpportunitiesInput {
  readonly Catalog: string;
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Sort?: {
    readonly SortOrder: 'ASCENDING' | 'DESCENDING';
    readonly SortBy: OpportunitySortName;
  };
  readonly LastModifiedDate?: {
    readonly AfterLastModifiedDate?: string;
    readonly BeforeLastModifiedDate?: string;
  };
  readonly Identifier?: readonly string[];
  readonly LifeCycleStage?: readonly string[];
  readonly LifeCycleReviewStatus?: readonly string[];
  readonly CustomerCompanyName?: readonly string[];
  readonly CreatedDate?: {
    readonly AfterCreatedDate?: string;
    readonly BeforeCreatedDate?: string;
  };
  readonly TargetCloseDate?: {
    readonly AfterTargetCloseDate?: string;
    readonly BeforeTargetCloseDate?: string;
  };
}

type Predicate = (record: OpportunityRecord) => boolean;

function oneOf(
  values: readonly string[] | undefined,
  read: (r: OpportunityRecord) => string | undefined,
): Predicate | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const allowed = new Set(values);
  return (record) => {
    const value = read(record);
    return value !== undefined && allowed.has(value);
  };
}

/** [after, before) on instants; the bounds are validated RFC 3339 strings. */
function instantRange(
  after: string | undefined,
  before: string | undefined,
  read: (r: OpportunityRecord) => string,
): Predicate | undefined {
  if (after === undefined && before === undefined) return undefined;
  const from = after === undefined ? -Infinity : (parseRfc3339(after) ?? NaN);
  const to = before === undefined ? Infinity : (parseRfc3339(before) ?? NaN);
  return (record) => {
    const at = Date.parse(read(record));
    return at >= from && at < to;
  };
}

/** [after, before] on `YYYY-MM-DD` days, which compare correctly as strings. */
function dayRange(after: string | undefined, before: string | undefined): Predicate | undefined {
  if (after === undefined && before === undefined) return undefined;
  return (record) => {
    const day = record.LifeCycle?.TargetCloseDate;
    return (
      day !== undefined &&
      (after === undefined || day >= after) &&
      (before === undefined || day <= before)
    );
  };
}

const companyName = (record: OpportunityRecord): string | undefined =>
  record.Customer?.Account?.CompanyName;

export function opportunityFilter(input: ListOpportunitiesInput): Predicate {
  const names = input.CustomerCompanyName?.map((name) => name.toLowerCase());
  const predicates = [
    oneOf(input.Identifier, (r) => r.Id),
    oneOf(input.LifeCycleStage, (r) => r.LifeCycle?.Stage),
    oneOf(input.LifeCycleReviewStatus, (r) => r.LifeCycle?.ReviewStatus),
    oneOf(names, (r) => companyName(r)?.toLowerCase()),
    instantRange(
      input.LastModifiedDate?.AfterLastModifiedDate,
      input.LastModifiedDate?.BeforeLastModifiedDate,
      (r) => r.LastModifiedDate,
    ),
    instantRange(
      input.CreatedDate?.AfterCreatedDate,
      input.CreatedDate?.BeforeCreatedDate,
      (r) => r.CreatedDate,
    ),
    dayRange(
      input.TargetCloseDate?.AfterTargetCloseDate,
      input.TargetCloseDate?.BeforeTargetCloseDate,
    ),
  ].filter((predicate): predicate is Predicate => predicate !== undefined);
  return (record) => predicates.every((predicate) => predicate(record));
}

/**
 * Sort key per SortBy. Instants sort by time; CustomerCompanyName case-insensitively (lower case,
 * then code units); Identifier as text, which is numeric order for the fixed-width ids.
 */
export function opportunitySortKey(
  sortBy: OpportunitySortName,
): (r: OpportunityRecord) => SortValue {
  switch (sortBy) {
    case 'LastModifiedDate':
      return (record) => Date.parse(record.LastModifiedDate);
    case 'CreatedDate':
      return (record) => Date.parse(record.CreatedDate);
    case 'Identifier':
      return (record) => record.Id;
    case 'CustomerCompanyName':
      return (record) => companyName(record)?.toLowerCase();
    case 'TargetCloseDate':
      return (record) => record.LifeCycle?.TargetCloseDate;
  }
}
