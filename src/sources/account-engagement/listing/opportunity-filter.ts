import { SortDirection } from '../../../core/domain/enums.js';

/*
 * The opportunity `query` filters and order of the API
 * (docs/upstreams/account-engagement.md#opportunity-query) as plain values: what the listing takes.
 * The schema's input classes (src/schema/account-engagement/opportunity.filter.ts) implement these
 * interfaces and register the enums. Enum values equal their names
 * (docs/toolchain.md#federation-from-type-graphql: the federation build re-reads the SDL); the maps
 * below give the upstream spelling.
 */

/**
 * The API's date keywords (docs/upstreams/account-engagement.md#date-filters), relative to the
 * API's clock and the API user's zone.
 */
export enum AccountEngagementRelativeDate {
  TODAY = 'TODAY',
  YESTERDAY = 'YESTERDAY',
  LAST_7_DAYS = 'LAST_7_DAYS',
  THIS_MONTH = 'THIS_MONTH',
  LAST_MONTH = 'LAST_MONTH',
}

export const UPSTREAM_RELATIVE_DATE: Record<AccountEngagementRelativeDate, string> = {
  TODAY: 'today',
  YESTERDAY: 'yesterday',
  LAST_7_DAYS: 'last_7_days',
  THIS_MONTH: 'this_month',
  LAST_MONTH: 'last_month',
};

export enum AccountEngagementOpportunitySortField {
  CREATED_AT = 'CREATED_AT',
  ID = 'ID',
  PROBABILITY = 'PROBABILITY',
  VALUE = 'VALUE',
}

export const UPSTREAM_SORT_BY: Record<
  AccountEngagementOpportunitySortField,
  'created_at' | 'id' | 'probability' | 'value'
> = {
  CREATED_AT: 'created_at',
  ID: 'id',
  PROBABILITY: 'probability',
  VALUE: 'value',
};

/**
 * The API's own direction when sort_order is absent
 * (docs/upstreams/account-engagement.md#opportunity-query).
 */
export const UPSTREAM_DEFAULT_DIRECTION: Record<
  AccountEngagementOpportunitySortField,
  SortDirection
> = {
  CREATED_AT: SortDirection.DESC,
  ID: SortDirection.ASC,
  PROBABILITY: SortDirection.DESC,
  VALUE: SortDirection.DESC,
};

/** A bound of a creation-date window: an instant or a keyword; exactly one must be set. */
export interface OpportunityDateBound {
  at?: Date | null;
  relative?: AccountEngagementRelativeDate | null;
}

/** The filters, all of which must hold; every bound is strict, as upstream. */
export interface OpportunityFilter {
  createdAfter?: OpportunityDateBound | null;
  createdBefore?: OpportunityDateBound | null;
  idGreaterThan?: number | null;
  idLessThan?: number | null;
  probabilityGreaterThan?: number | null;
  probabilityLessThan?: number | null;
  valueGreaterThan?: number | null;
  valueLessThan?: number | null;
  prospectEmail?: string | null;
  /** A global id, ae-prospect:<id>. */
  prospectId?: string | null;
}

/** The sort order; an absent direction is the API's default for the field. */
export interface OpportunityOrder {
  field: AccountEngagementOpportunitySortField;
  direction?: SortDirection | null;
}
