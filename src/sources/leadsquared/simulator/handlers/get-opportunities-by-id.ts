/**
 * POST /v2/OpportunityManagement.svc/GetOpportunitiesById
 * (docs/upstreams/leadsquared.md#opportunities-by-id).
 *
 * The documentation sample's oddity (docs/upstreams/leadsquared.md#results-grouped-by-real-type) is
 * reproduced on purpose: each response element lists the requested opportunities, from any
 * SearchParameters entry, whose real event code is that element's EventCode. An id requested under
 * the wrong code therefore shows up under its real code when that code is requested too, and
 * nowhere otherwise. Unknown ids are simply absent; an id appears at most once per element. Each
 * element projects its own entry's Include_CSV.
 */
import { opportunityColumn, parseIncludeCsv, type ColumnValue } from '../columns.js';
import { formatUsDateTime } from '../date-formats.js';
import { invalidDataType, invalidInput, mandatoryMissing } from '../errors.js';
import type { OpportunityRecord } from '../records.js';
import {
  isObject,
  parseJsonBody,
  readEventCode,
  readIdList,
  readString,
  requiredObject,
} from '../request-input.js';
import type { Handler } from './handler.js';

/**
 * At most 2,000 opportunities per call (docs/upstreams/leadsquared.md#opportunities-by-id), over
 * all entries.
 */
export const MAX_OPPORTUNITY_IDS = 2_000;

interface SearchEntry {
  /** Echoed as sent (as text), docs/upstreams/leadsquared.md#opportunities-by-id. */
  readonly eventCodeText: string;
  readonly eventCode: number;
  readonly ids: readonly string[];
  readonly columns: readonly string[];
}

function readEntry(value: unknown, index: number): SearchEntry {
  if (!isObject(value)) throw invalidDataType(`SearchParameters[${index}]`, 'an object');
  const eventCode = readEventCode(value.EventCode, 'EventCode');
  const columns = parseIncludeCsv(
    readString(requiredObject(value.Columns, 'Columns').Include_CSV, 'Include_CSV'),
  );
  if (columns.length === 0) throw mandatoryMissing('Include_CSV');
  return {
    eventCodeText: String(value.EventCode).trim(),
    eventCode,
    ids: readIdList(value.ProspectActivityId, 'ProspectActivityId'),
    columns,
  };
}

function readEntries(body: Record<string, unknown>): SearchEntry[] {
  const raw = body.SearchParameters;
  if (raw === undefined || raw === null) throw mandatoryMissing('SearchParameters');
  if (!Array.isArray(raw)) throw invalidDataType('SearchParameters', 'an array');
  if (raw.length === 0) throw mandatoryMissing('SearchParameters');
  const entries = raw.map(readEntry);
  const total = entries.reduce((sum, entry) => sum + entry.ids.length, 0);
  if (total > MAX_OPPORTUNITY_IDS) {
    throw invalidInput(
      `A maximum of ${MAX_OPPORTUNITY_IDS} opportunities can be retrieved in one call (got ${total})`,
    );
  }
  return entries;
}

export const getOpportunitiesById: Handler = ({ req, dataset }) => {
  const entries = readEntries(parseJsonBody(req));
  // Every requested record once, in first-request order, whichever entry asked for it.
  const requested = new Map<string, OpportunityRecord>();
  for (const id of entries.flatMap((entry) => entry.ids)) {
    const record = dataset.opportunity(id);
    if (record !== undefined) requested.set(record.ProspectActivityId, record);
  }
  return entries.map((entry) => {
    const opportunities = [...requested.values()]
      .filter((record) => record.EventCode === entry.eventCode)
      .map((record) => {
        const item: Record<string, ColumnValue> = {
          ProspectId: record.RelatedProspectId,
          EmailAddress: dataset.lead(record.RelatedProspectId)?.EmailAddress ?? null,
          ProspectActivityId: record.ProspectActivityId,
        };
        for (const column of entry.columns) {
          if (Object.hasOwn(item, column)) continue;
          item[column] = opportunityColumn(record, column, formatUsDateTime);
          // The documentation's sample returns the owner's email next to Owner without it being
          // requested.
          if (column === 'Owner') item.OwnerEmailAddress = record.OwnerEmailAddress;
        }
        return item;
      });
    return {
      EventCode: entry.eventCodeText,
      RecordCount: opportunities.length,
      Opportunities: opportunities,
    };
  });
};
