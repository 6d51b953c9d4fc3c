/**
 * Column selection (`Columns.Include_CSV`, docs/upstreams/leadsquared.md#request-conventions) and
 * the string values columns read as. Schema names are matched case-sensitively, as observed on a
 * live account (same section); a requested column the record does not have reads as null rather
 * than failing the call.
 */
import type { LeadSquaredDataset } from './dataset.js';
import { formatSqlDateTime } from './date-formats.js';
import type { LeadRecord, OpportunityRecord } from './records.js';

export type ColumnValue = string | null;
export type FormatDate = (isoInstant: string) => string;

/** "CreatedOn, ModifiedOn,Owner" → ['CreatedOn','ModifiedOn','Owner']: trimmed, no blanks, no repeats. */
export function parseIncludeCsv(csv: string): string[] {
  const names = csv
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Set(names)];
}

const OPPORTUNITY_DATE_COLUMNS = new Set(['CreatedOn', 'ModifiedOn']);

const OPPORTUNITY_TEXT_COLUMNS: Record<string, (o: OpportunityRecord) => ColumnValue> = {
  ProspectActivityId: (o) => o.ProspectActivityId,
  OpportunityId: (o) => o.ProspectActivityId,
  RelatedProspectId: (o) => o.RelatedProspectId,
  EventCode: (o) => String(o.EventCode),
  OpportunityEvent: (o) => String(o.EventCode),
  Owner: (o) => o.Owner,
  OwnerName: (o) => o.OwnerName,
  OwnerEmailAddress: (o) => o.OwnerEmailAddress,
  Status: (o) => o.Status,
  mx_Custom_1: (o) => o.mx_Custom_1,
  mx_Custom_2: (o) => o.mx_Custom_2,
  mx_Custom_3: (o) => o.mx_Custom_3,
  mx_Custom_4: (o) => o.mx_Custom_4,
  OpportunityNote: (o) => o.OpportunityNote,
};

export function opportunityColumn(
  record: OpportunityRecord,
  column: string,
  formatDate: FormatDate,
): ColumnValue {
  if (OPPORTUNITY_DATE_COLUMNS.has(column)) {
    return formatDate(record[column as 'CreatedOn' | 'ModifiedOn']);
  }
  const read = Object.hasOwn(OPPORTUNITY_TEXT_COLUMNS, column)
    ? OPPORTUNITY_TEXT_COLUMNS[column]
    : undefined;
  return read === undefined ? null : read(record);
}

/** Every lead column in the order Leads.GetById returns them. */
export const LEAD_COLUMNS = [
  'ProspectID',
  'FirstName',
  'LastName',
  'EmailAddress',
  'Company',
  'Phone',
  'ProspectStage',
  'OwnerId',
  'OwnerIdName',
  'OwnerIdEmailAddress',
  'Source',
  'CreatedOn',
  'ModifiedOn',
  'mx_City',
] as const;

export function leadColumn(
  lead: LeadRecord,
  column: string,
  dataset: LeadSquaredDataset,
): ColumnValue {
  switch (column) {
    case 'CreatedOn':
    case 'ModifiedOn':
      return formatSqlDateTime(lead[column]);
    // Owner lookups are computed columns in LeadSquared
    // (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids).
    case 'OwnerIdName': {
      const owner = dataset.owner(lead.OwnerId);
      return owner === undefined ? null : `${owner.FirstName} ${owner.LastName}`;
    }
    case 'OwnerIdEmailAddress':
      return dataset.owner(lead.OwnerId)?.EmailAddress ?? null;
    case 'ProspectID':
    case 'FirstName':
    case 'LastName':
    case 'EmailAddress':
    case 'Company':
    case 'Phone':
    case 'ProspectStage':
    case 'OwnerId':
    case 'Source':
    case 'mx_City':
      return lead[column];
    default:
      return null;
  }
}
