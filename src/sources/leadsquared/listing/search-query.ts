import type { SortDirection } from '../../../core/domain/enums.js';

/**
 * Enum values equal their names: the federation build re-reads the SDL, and an internal value that
 * differs from the name breaks default values there. SORT_COLUMNS maps them to upstream columns.
 * The schema registers this enum as the GraphQL LeadSquaredOpportunitySortField.
 */
export enum LeadSquaredOpportunitySortField {
  CREATED_ON = 'CREATED_ON',
  MODIFIED_ON = 'MODIFIED_ON',
}

export const SORT_COLUMNS: Record<LeadSquaredOpportunitySortField, string> = {
  CREATED_ON: 'CreatedOn',
  MODIFIED_ON: 'ModifiedOn',
};

/** What the listing pushes down into advanced search (all must hold); absent means no bound. */
export interface LeadSquaredSearchFilter {
  /** CreatedOn strictly after this instant. */
  createdAfter?: Date | null;
  /** CreatedOn strictly before this instant. */
  createdBefore?: Date | null;
  /** ModifiedOn strictly after this instant. */
  modifiedAfter?: Date | null;
  /** ModifiedOn strictly before this instant. */
  modifiedBefore?: Date | null;
  /** Native status, e.g. Open, Won, Lost. */
  status?: string | null;
  /** Owner user id (a GUID). */
  owner?: string | null;
}

export interface LeadSquaredSearchOrder {
  field: LeadSquaredOpportunitySortField;
  direction: SortDirection;
}

/**
 * The Include_CSV columns the caller's selection needs, planned only when the listing asks: it
 * checks its own arguments and cursor first, so those errors come before a bad column name.
 */
export type ColumnPlan = () => string[];
