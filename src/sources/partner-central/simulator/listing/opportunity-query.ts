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
import type { KeyRange } from '../../../../core/simulator/sorted-index.js';
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

/**
 * One filter of the request. `range`: the same filter as bounds on the sort key `sortName`, so a
 * listing sorted by that key finds its matches by binary search instead of testing every record.
 */
interface FilterPart {
  readonly predicate: Predicate;
  readonly sortName?: OpportunitySortName;
  readonly range?: KeyRange<SortValue>;
}

function oneOf(
  values: readonly string[] | undefined,
  read: (r: OpportunityRecord) => string | undefined,
): FilterPart | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const allowed = new Set(values);
  return {
    predicate: (record) => {
      const value = read(record);
      return value !== undefined && allowed.has(value);
    },
  };
}

/** [after, before) on instants; the bounds are validated RFC 3339 strings. */
function instantRange(
  after: string | undefined,
  before: string | undefined,
  read: (r: OpportunityRecord) => string,
  sortName: OpportunitySortName,
): FilterPart | undefined {
  if (after === undefined && before === undefined) return undefined;
  const from = after === undefined ? -Infinity : (parseRfc3339(after) ?? NaN);
  const to = before === undefined ? Infinity : (parseRfc3339(before) ?? NaN);
  return {
    predicate: (record) => {
      const at = Date.parse(read(record));
      return at >= from && at < to;
    },
    sortName,
    range: { low: from, lowInclusive: true, high: to, highInclusive: false },
  };
}

/** [after, before] on `YYYY-MM-DD` days, which compare correctly as strings. */
function dayRange(after: string | undefined, before: string | undefined): FilterPart | undefined {
  if (after === undefined && before === undefined) return undefined;
  return {
    predicate: (record) => {
      const day = record.LifeCycle?.TargetCloseDate;
      return (
        day !== undefined &&
        (after === undefined || day >= after) &&
        (before === undefined || day <= before)
      );
    },
    sortName: 'TargetCloseDate',
    range: {
      ...(after === undefined ? {} : { low: after, lowInclusive: true }),
      ...(before === undefined ? {} : { high: before, highInclusive: true }),
    },
  };
}

const companyName = (record: OpportunityRecord): string | undefined =>
  record.Customer?.Account?.CompanyName;

function identifierPart(input: ListOpportunitiesInput): FilterPart | undefined {
  return oneOf(input.Identifier, (r) => r.Id);
}

function otherParts(input: ListOpportunitiesInput): FilterPart[] {
  const names = input.CustomerCompanyName?.map((name) => name.toLowerCase());
  return [
    oneOf(input.LifeCycleStage, (r) => r.LifeCycle?.Stage),
    oneOf(input.LifeCycleReviewStatus, (r) => r.LifeCycle?.ReviewStatus),
    oneOf(names, (r) => companyName(r)?.toLowerCase()),
    instantRange(
      input.LastModifiedDate?.AfterLastModifiedDate,
      input.LastModifiedDate?.BeforeLastModifiedDate,
      (r) => r.LastModifiedDate,
      'LastModifiedDate',
    ),
    instantRange(
      input.CreatedDate?.AfterCreatedDate,
      input.CreatedDate?.BeforeCreatedDate,
      (r) => r.CreatedDate,
      'CreatedDate',
    ),
    dayRange(
      input.TargetCloseDate?.AfterTargetCloseDate,
      input.TargetCloseDate?.BeforeTargetCloseDate,
    ),
  ].filter((part): part is FilterPart => part !== undefined);
}

const allOf =
  (parts: readonly FilterPart[]): Predicate =>
  (record) =>
    parts.every((part) => part.predicate(record));

export function opportunityFilter(input: ListOpportunitiesInput): Predicate {
  const identifiers = identifierPart(input);
  return allOf([...(identifiers === undefined ? [] : [identifiers]), ...otherParts(input)]);
}

/**
 * How a request finds its matches fastest, with the same answer as testing opportunityFilter on
 * every record: by the listed ids when it names ids (at most 20), else as a window of the order
 * sorted by `sortBy` (the filters on that key) tested with the remaining filters (`residual`,
 * undefined when none remain).
 */
export type OpportunitySelection =
  | { readonly kind: 'ids'; readonly ids: readonly string[]; readonly filter: Predicate }
  | {
      readonly kind: 'window';
      readonly ranges: readonly KeyRange<SortValue>[];
      readonly residual: Predicate | undefined;
    };

export function opportunitySelection(
  input: ListOpportunitiesInput,
  sortBy: OpportunitySortName,
): OpportunitySelection {
  const others = otherParts(input);
  if (identifierPart(input) !== undefined) {
    return { kind: 'ids', ids: [...new Set(input.Identifier)], filter: opportunityFilter(input) };
  }
  const onKey = others.filter((part) => part.sortName === sortBy && part.range !== undefined);
  const rest = others.filter((part) => !onKey.includes(part));
  return {
    kind: 'window',
    ranges: onKey.map((part) => part.range as KeyRange<SortValue>),
    residual: rest.length === 0 ? undefined : allOf(rest),
  };
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
