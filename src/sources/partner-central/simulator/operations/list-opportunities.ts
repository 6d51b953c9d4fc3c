/**
 * ListOpportunities (docs/upstreams/partner-central.md#listopportunities): every filter of the
 * model, sorted (default LastModifiedDate DESCENDING), paged by MaxResults (1..100, default 20)
 * and NextToken.
 */
import type { CatalogData } from '../data/catalog-data.js';
import type { OpportunityRecord } from '../data/records.js';
import { opportunityIndex } from '../listing/opportunity-index.js';
import {
  opportunitySelection,
  opportunitySortKey,
  type ListOpportunitiesInput,
  type OpportunitySortName,
} from '../listing/opportunity-query.js';
import { finishPage, readPageRequest, type PageRequest } from '../listing/paging.js';
import { sortItems } from '../listing/sort.js';
import { opportunitySummary } from '../shapes/opportunity-summary.js';
import {
  CATALOG_IDENTIFIER,
  DATE,
  NEXT_TOKEN,
  OPPORTUNITY_IDENTIFIER,
  OPPORTUNITY_SORT_NAME,
  PAGE_SIZE,
  REVIEW_STATUS,
  SORT_ORDER,
  STAGE,
} from '../validation/model-shapes.js';
import {
  integer,
  listOf,
  optional,
  required,
  structure,
  text,
  timestamp,
} from '../validation/rules.js';
import { defineOperation } from './operation.js';

export const DEFAULT_OPPORTUNITY_SORT = {
  SortBy: 'LastModifiedDate',
  SortOrder: 'DESCENDING',
} as const;

const input = structure({
  Catalog: required(CATALOG_IDENTIFIER),
  MaxResults: optional(integer(PAGE_SIZE.min, PAGE_SIZE.max)),
  NextToken: optional(NEXT_TOKEN),
  Sort: optional(
    structure({ SortOrder: required(SORT_ORDER), SortBy: required(OPPORTUNITY_SORT_NAME) }),
  ),
  LastModifiedDate: optional(
    structure({
      AfterLastModifiedDate: optional(timestamp()),
      BeforeLastModifiedDate: optional(timestamp()),
    }),
  ),
  Identifier: optional(listOf(OPPORTUNITY_IDENTIFIER, { max: 20 })),
  LifeCycleStage: optional(listOf(STAGE, { max: 10 })),
  LifeCycleReviewStatus: optional(listOf(REVIEW_STATUS, { max: 10 })),
  CustomerCompanyName: optional(listOf(text(), { max: 10 })),
  CreatedDate: optional(
    structure({
      AfterCreatedDate: optional(timestamp()),
      BeforeCreatedDate: optional(timestamp()),
    }),
  ),
  TargetCloseDate: optional(
    structure({ AfterTargetCloseDate: optional(DATE), BeforeTargetCloseDate: optional(DATE) }),
  ),
});

interface Sort {
  readonly SortBy: OpportunitySortName;
  readonly SortOrder: 'ASCENDING' | 'DESCENDING';
}

/**
 * The page's records and whether more match after them. Speed: the result is never sorted or
 * filtered whole; ids are looked up, a filter on the sort key is a binary search in the order
 * kept for that key, and other filters are tested only until the page and one more record are
 * found.
 */
function findPage(
  request: ListOpportunitiesInput,
  sort: Sort,
  catalog: CatalogData,
  { offset, size }: PageRequest,
): { items: OpportunityRecord[]; hasMore: boolean } {
  const descending = sort.SortOrder === 'DESCENDING';
  const selection = opportunitySelection(request, sort.SortBy);
  if (selection.kind === 'ids') {
    const named = selection.ids
      .map((id) => catalog.opportunity(id))
      .filter((record): record is OpportunityRecord => record !== undefined);
    const sorted = sortItems(
      named.filter(selection.filter),
      opportunitySortKey(sort.SortBy),
      descending,
      (record) => record.Id,
    );
    return { items: sorted.slice(offset, offset + size), hasMore: offset + size < sorted.length };
  }
  const index = opportunityIndex(catalog, sort.SortBy, descending);
  const { start, end } = index.window(selection.ranges);
  if (selection.residual === undefined) {
    return {
      items: index.slice(start + offset, Math.min(end, start + offset + size)),
      hasMore: offset + size < end - start,
    };
  }
  const { items, matched } = index.matching(start, end, selection.residual, {
    skip: offset,
    take: size,
    countAll: false,
  });
  return { items, hasMore: offset + size < matched };
}

export const listOpportunities = defineOperation<ListOpportunitiesInput>(
  'ListOpportunities',
  input,
  (request, { catalog, state, nowMs }) => {
    const sort = request.Sort ?? DEFAULT_OPPORTUNITY_SORT;
    const context = { tokens: state.tokens, nowMs };
    const page = readPageRequest('ListOpportunities', { ...request }, context);
    const { items, hasMore } = findPage(request, sort, catalog, page);
    const { NextToken } = finishPage(items, hasMore, page, context);
    return { OpportunitySummaries: items.map(opportunitySummary), NextToken };
  },
);
