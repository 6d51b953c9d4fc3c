/**
 * The flat items of the opportunity list endpoints
 * (docs/upstreams/leadsquared.md#opportunities-of-a-lead, #not-documented-upstream): lead and
 * opportunity fields side by side, no Fields[] array, dates as "YYYY-MM-DD HH:MM:SS.000".
 *
 * Without Include_CSV an item carries the system fields and every custom field (mx_Custom_1..4).
 * With Include_CSV it carries the system fields plus exactly the requested columns (null for a
 * column the simulator does not know), so clients must ask for the custom fields they map.
 */
import { opportunityColumn, type ColumnValue } from './columns.js';
import { formatSqlDateTime } from './date-formats.js';
import type { LeadRecord, OpportunityRecord } from './records.js';

export type ListItem = Record<string, ColumnValue>;

const CUSTOM_COLUMNS = ['mx_Custom_1', 'mx_Custom_2', 'mx_Custom_3', 'mx_Custom_4'];

/** Which lead fields lead the item: the lead-scoped endpoint returns name and phone too. */
export type LeadFieldSet = 'contact' | 'identity';

function leadFields(lead: LeadRecord | undefined, set: LeadFieldSet, prospectId: string): ListItem {
  const identity = { ProspectId: prospectId, EmailAddress: lead?.EmailAddress ?? null };
  if (set === 'identity') return identity;
  return {
    ProspectId: prospectId,
    FirstName: lead?.FirstName ?? null,
    LastName: lead?.LastName ?? null,
    EmailAddress: identity.EmailAddress,
    Phone: lead?.Phone ?? null,
  };
}

export function opportunityListItem(
  record: OpportunityRecord,
  lead: LeadRecord | undefined,
  set: LeadFieldSet,
  columns: readonly string[] | undefined,
): ListItem {
  const item: ListItem = {
    ...leadFields(lead, set, record.RelatedProspectId),
    OpportunityId: record.ProspectActivityId,
    RelatedProspectId: record.RelatedProspectId,
    OpportunityEvent: String(record.EventCode),
    Status: record.Status,
    Owner: record.Owner,
    OwnerName: record.OwnerName,
    OwnerEmailAddress: record.OwnerEmailAddress,
    OpportunityNote: record.OpportunityNote,
    CreatedOn: formatSqlDateTime(record.CreatedOn),
    ModifiedOn: formatSqlDateTime(record.ModifiedOn),
  };
  for (const column of columns ?? CUSTOM_COLUMNS) {
    if (!Object.hasOwn(item, column)) {
      item[column] = opportunityColumn(record, column, formatSqlDateTime);
    }
  }
  return item;
}
