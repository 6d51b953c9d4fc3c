/**
 * The parts the opportunity list endpoints share: optional Columns, Paging and Sorting
 * (docs/upstreams/leadsquared.md#request-conventions), and the `{RecordCount, List}` envelope with
 * RecordCount = all matches.
 */
import { parseIncludeCsv } from '../columns.js';
import type { LeadSquaredDataset } from '../dataset.js';
import { opportunityListItem, type LeadFieldSet, type ListItem } from '../list-items.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageOf,
  readPaging,
  readSorting,
  sortOpportunities,
  type Paging,
  type Sorting,
} from '../paging-sorting.js';
import type { OpportunityRecord } from '../records.js';
import { optionalObject, readString, type JsonObject } from '../request-input.js';

export interface ListOptions {
  readonly columns: readonly string[] | undefined;
  readonly paging: Paging;
  readonly sorting: Sorting;
}

export interface ListPage {
  readonly RecordCount: number;
  readonly List: ListItem[];
}

export function readListOptions(body: JsonObject): ListOptions {
  const columnsObject = optionalObject(body.Columns, 'Columns');
  const csv =
    columnsObject?.Include_CSV === undefined || columnsObject.Include_CSV === null
      ? undefined
      : readString(columnsObject.Include_CSV, 'Columns.Include_CSV');
  const columns = csv === undefined ? undefined : parseIncludeCsv(csv);
  return {
    columns: columns !== undefined && columns.length > 0 ? columns : undefined,
    paging: readPaging(body.Paging, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) ?? {
      pageIndex: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    },
    sorting: readSorting(body.Sorting),
  };
}

export function listPage(
  matches: readonly OpportunityRecord[],
  options: ListOptions,
  dataset: LeadSquaredDataset,
  leadFields: LeadFieldSet,
): ListPage {
  const page = pageOf(sortOpportunities(matches, options.sorting), options.paging);
  return listEnvelope(matches.length, page, options, dataset, leadFields);
}

/** The envelope of one page already cut: `total` is every match. */
export function listEnvelope(
  total: number,
  page: readonly OpportunityRecord[],
  options: ListOptions,
  dataset: LeadSquaredDataset,
  leadFields: LeadFieldSet,
): ListPage {
  return {
    RecordCount: total,
    List: page.map((record) =>
      opportunityListItem(
        record,
        dataset.lead(record.RelatedProspectId),
        leadFields,
        options.columns,
      ),
    ),
  };
}
