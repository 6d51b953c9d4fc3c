/**
 * POST /v2/OpportunityManagement.svc/Retrieve/BySearchParameter ("Opportunity Advanced Search",
 * docs/upstreams/leadsquared.md#opportunity-advanced-search). The documentation does not show the
 * response, so its shape is ours (docs/upstreams/leadsquared.md#not-documented-upstream): the same
 * `{RecordCount, List}` envelope and flat items as GetOpportunitiesOfLead, with the lead reduced to
 * ProspectId and EmailAddress.
 */
import type { KeyRange } from '../../../../core/simulator/sorted-index.js';
import { parseAdvancedSearch, type AdvancedSearch, type SearchRow } from '../advanced-search.js';
import type { LeadSquaredDataset } from '../dataset.js';
import { invalidDataType, mandatoryMissing } from '../errors.js';
import { opportunityOrder, PARTITION_FIELDS, partitionOrder } from '../listing-index.js';
import type { OpportunityRecord } from '../records.js';
import { parseJsonBody, readEventCode } from '../request-input.js';
import type { Handler } from './handler.js';
import { listEnvelope, readListOptions, type ListOptions } from './list-request.js';

/**
 * A date row as bounds on the sort column's ISO instants. Seeded instants and the bound are both
 * `toISOString` text, which orders as the instants do, so this selects what the row's own test
 * (on parsed milliseconds) selects. `neq` is not a range: undefined.
 */
function rangeOf(row: SearchRow): KeyRange<string> | undefined {
  if (row.date === undefined) return undefined;
  const at = new Date(row.date.bound).toISOString();
  switch (row.date.operator) {
    case 'eq':
      return { low: at, lowInclusive: true, high: at, highInclusive: true };
    case 'gt':
      return { low: at };
    case 'ge':
      return { low: at, lowInclusive: true };
    case 'lt':
      return { high: at };
    case 'le':
      return { high: at, highInclusive: true };
    case 'neq':
      return undefined;
  }
}

/**
 * The page and the match count. Speed: the type's opportunities are sorted once per order. In a
 * search of And only, an `eq` row on Status or Owner picks the order of the records with that
 * value, date rows on the sort column pick a window of it by binary search, and only the other
 * rows are tested, on that window.
 */
function searchPage(
  dataset: LeadSquaredDataset,
  eventCode: number,
  search: AdvancedSearch,
  { paging, sorting }: ListOptions,
): { page: OpportunityRecord[]; total: number } {
  const ranges: KeyRange<string>[] = [];
  const rest: SearchRow[] = [];
  let partition: SearchRow['text'] | undefined;
  for (const row of search.allOf ?? []) {
    const range = row.date?.field === sorting.column ? rangeOf(row) : undefined;
    const text = row.text;
    if (range !== undefined) ranges.push(range);
    else if (
      partition === undefined &&
      text?.operator === 'eq' &&
      PARTITION_FIELDS.includes(text.field)
    ) {
      partition = text;
    } else rest.push(row);
  }
  const index =
    partition === undefined
      ? opportunityOrder(dataset, eventCode, sorting)
      : partitionOrder(dataset, eventCode, sorting, partition.field, partition.expected);
  // No record of the type has the value the row asks for.
  if (index === undefined) return { page: [], total: 0 };
  const test =
    search.allOf === undefined
      ? search.matches
      : rest.length === 0
        ? undefined
        : (record: OpportunityRecord) => rest.every((row) => row.matches(record));
  const { start, end } = index.window(ranges);
  const skip = (paging.pageIndex - 1) * paging.pageSize;
  if (test === undefined) {
    return {
      page: index.slice(start + skip, Math.min(end, start + skip + paging.pageSize)),
      total: end - start,
    };
  }
  const { items, matched } = index.matching(start, end, test, {
    skip,
    take: paging.pageSize,
    countAll: true,
  });
  return { page: items, total: matched };
}

export const retrieveOpportunitiesBySearchParameter: Handler = ({ req, dataset }) => {
  const body = parseJsonBody(req);
  const eventCode = readEventCode(body.OpportunityEventCode, 'OpportunityEventCode');
  const search = body.AdvancedSearch;
  if (search === undefined || search === null || search === '') {
    throw mandatoryMissing('AdvancedSearch');
  }
  if (typeof search !== 'string') throw invalidDataType('AdvancedSearch', 'a JSON-encoded string');
  const parsed = parseAdvancedSearch(search);
  const options = readListOptions(body);
  const { page, total } = searchPage(dataset, eventCode, parsed, options);
  return listEnvelope(total, page, options, dataset, 'identity');
};
