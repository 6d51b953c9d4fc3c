/**
 * POST /v2/LeadManagement.svc/Leads/Retrieve/ByIds
 * (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids). RecordCount counts every lead found; Leads
 * lists them in LeadIds order (a repeated id once, unknown ids skipped), sliced by Paging when one
 * is sent (no Paging: all of them). ProspectID is always returned.
 */
import { leadColumn, parseIncludeCsv, type ColumnValue } from '../columns.js';
import { invalidInput, mandatoryMissing } from '../errors.js';
import { pageOf, readPaging } from '../paging-sorting.js';
import type { LeadRecord } from '../records.js';
import { parseJsonBody, readIdList, readString, requiredObject } from '../request-input.js';
import type { Handler } from './handler.js';

/** At most 10,000 leads per call (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids). */
export const MAX_LEAD_IDS = 10_000;

export const retrieveLeadsByIds: Handler = ({ req, dataset }) => {
  const body = parseJsonBody(req);
  const ids = readIdList(
    requiredObject(body.SearchParameters, 'SearchParameters').LeadIds,
    'LeadIds',
  );
  const columns = parseIncludeCsv(
    readString(requiredObject(body.Columns, 'Columns').Include_CSV, 'Include_CSV'),
  );
  if (columns.length === 0) throw mandatoryMissing('Include_CSV');
  if (ids.length > MAX_LEAD_IDS) {
    throw invalidInput(
      `A maximum of ${MAX_LEAD_IDS} leads can be retrieved in one call (got ${ids.length})`,
    );
  }
  const paging = readPaging(body.Paging, MAX_LEAD_IDS, MAX_LEAD_IDS);
  const found = new Map<string, LeadRecord>();
  for (const id of ids) {
    const lead = dataset.lead(id);
    if (lead !== undefined) found.set(lead.ProspectID, lead);
  }
  const leads = pageOf([...found.values()], paging).map((lead) => {
    const item: Record<string, ColumnValue> = { ProspectID: lead.ProspectID };
    for (const column of columns) {
      if (!Object.hasOwn(item, column)) item[column] = leadColumn(lead, column, dataset);
    }
    return item;
  });
  return { RecordCount: found.size, Leads: leads };
};
