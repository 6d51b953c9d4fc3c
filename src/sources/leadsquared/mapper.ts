import type { LeadSquaredConfig } from './config.js';
import { formatGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord, Money } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { UpstreamSource } from '../../core/errors/index.js';
import { parseLeadSquaredDate } from './dates.js';
import type { WireColumns } from './wire.js';

export type ColumnMap = LeadSquaredConfig['columns'];

function text(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

/** A decimal string such as "12500.00"; anything else is not guessed at. */
function money(value: string | null | undefined): Money | null {
  const amount = text(value);
  return amount !== null && /^-?\d+(\.\d+)?$/.test(amount) ? { amount, currencyCode: null } : null;
}

/**
 * The columns a record keeps: every column of the row, a missing value as null. A parsed body
 * holds no undefined, so the row itself is kept (nothing changes a row or a record) rather than a
 * copy per record; a row with an undefined value or an inherited property is copied as before.
 */
function fetchedColumns(row: WireColumns): Record<string, string | null> {
  for (const name in row)
    if (!Object.hasOwn(row, name) || row[name] === undefined) return copyColumns(row);
  return row as Record<string, string | null>;
}

function copyColumns(row: WireColumns): Record<string, string | null> {
  const fetched: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(row)) fetched[name] = value ?? null;
  return fetched;
}

/**
 * One opportunity row, from GetOpportunitiesById (ProspectActivityId, ProspectId) or from the list
 * endpoints (OpportunityId, RelatedProspectId), into the source-neutral record. Fields whose column
 * was not fetched stay null here; resolvers fetch them when a query selects them.
 */
export function mapOpportunity(
  row: WireColumns,
  eventCode: number,
  columns: ColumnMap,
): OpportunityRecord {
  const id = text(row.ProspectActivityId) ?? text(row.OpportunityId);
  if (id === null) throw new Error('LeadSquared opportunity row without an id');
  // Every column the upstream sent is kept, the ones it always sends (ProspectActivityId,
  // ProspectId, EmailAddress: docs/upstreams/leadsquared.md#opportunities-by-id) included:
  // `field(name:)` promises any Include_CSV column, and a column left out here would read as null
  // after a useless completion call (complete-record.ts) that gets the same row
  // back.
  const fetched = fetchedColumns(row);
  return {
    id: formatGlobalId({
      kind: 'lsq-opportunity',
      eventCode,
      prospectActivityId: id.toLowerCase(),
    }),
    source: UpstreamSource.LEADSQUARED,
    sourceId: id,
    name: text(row[columns.name]),
    stage: text(row[columns.stage]),
    amount: money(row[columns.amount]),
    probability: null,
    createdAt: parseLeadSquaredDate(row.CreatedOn),
    lastModifiedAt: parseLeadSquaredDate(row.ModifiedOn),
    details: {
      kind: 'leadSquared',
      eventCode,
      prospectActivityId: id,
      prospectId: text(row.RelatedProspectId) ?? text(row.ProspectId),
      emailAddress: text(row.EmailAddress),
      columns: fetched,
    },
  };
}

export function mapLead(row: WireColumns): ProspectRecord {
  const id = text(row.ProspectID) ?? text(row.ProspectId);
  if (id === null) throw new Error('LeadSquared lead row without an id');
  const fetched = fetchedColumns(row);
  return {
    id: formatGlobalId({ kind: 'lsq-lead', prospectId: id.toLowerCase() }),
    source: UpstreamSource.LEADSQUARED,
    sourceId: id,
    email: text(row.EmailAddress),
    firstName: text(row.FirstName),
    lastName: text(row.LastName),
    company: text(row.Company),
    createdAt: parseLeadSquaredDate(row.CreatedOn),
    lastModifiedAt: parseLeadSquaredDate(row.ModifiedOn),
    details: { kind: 'leadSquared', prospectId: id, columns: fetched },
  };
}
