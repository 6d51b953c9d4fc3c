import type { ColumnMap } from './mapper.js';

/**
 * Which Include_CSV columns each GraphQL field needs. CreatedOn is always asked for: Include_CSV
 * may not be empty (it is mandatory, docs/upstreams/leadsquared.md#opportunities-by-id) and
 * listings order by it.
 */
export const ALWAYS_OPPORTUNITY_COLUMNS = ['CreatedOn'] as const;

export function opportunityFieldColumns(
  columns: ColumnMap,
): Readonly<Record<string, readonly string[]>> {
  return {
    name: [columns.name],
    stage: [columns.stage],
    amount: [columns.amount],
    createdAt: ['CreatedOn'],
    lastModifiedAt: ['ModifiedOn'],
  };
}

/** Fields of LeadSquaredOpportunity backed by a column (identity fields always come back). */
export const LEADSQUARED_OPPORTUNITY_FIELD_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  owner: ['Owner'],
  // The upstream adds OwnerEmailAddress only when Owner is requested
  // (docs/upstreams/leadsquared.md#opportunities-by-id).
  ownerEmailAddress: ['Owner'],
  status: ['Status'],
  note: ['OpportunityNote'],
  createdOn: ['CreatedOn'],
  modifiedOn: ['ModifiedOn'],
};

/** Lead columns fetched for every Prospect from LeadSquared; `field(name:)` adds to them. */
export const DEFAULT_LEAD_COLUMNS = [
  'ProspectID',
  'FirstName',
  'LastName',
  'EmailAddress',
  'Company',
  'Phone',
  'ProspectStage',
  'OwnerId',
  'Source',
  'CreatedOn',
  'ModifiedOn',
] as const;

/** Sorted, de-duplicated column list: equal sets give equal loader keys. */
export function normaliseColumns(columns: Iterable<string>): string[] {
  return [...new Set(columns)].sort();
}
