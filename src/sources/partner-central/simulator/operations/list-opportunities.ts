/**
 * ListOpportunities (docs/upstreams/partner-central.md#listopportunities): every filter of the
 * model, sorted (default LastModifiedDate DESCENDING), paged by MaxResults (1..100, default 20)
 * and NextToken.
 */
import {
  opportunityFilter,
  opportunitySortKey,
  type ListOpportunitiesInput,
} from '../listing/opportunity-query.js';
import { pageOf } from '../listing/paging.js';
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

export const listOpportunities = defineOperation<ListOpportunitiesInput>(
  'ListOpportunities',
  input,
  (request, { catalog, state, nowMs }) => {
    const sort = request.Sort ?? DEFAULT_OPPORTUNITY_SORT;
    const sorted = sortItems(
      catalog.opportunities.filter(opportunityFilter(request)),
      opportunitySortKey(sort.SortBy),
      sort.SortOrder === 'DESCENDING',
      (record) => record.Id,
    );
    const page = pageOf(
      sorted,
      'ListOpportunities',
      { ...request },
      { tokens: state.tokens, nowMs },
    );
    return { OpportunitySummaries: page.items.map(opportunitySummary), NextToken: page.NextToken };
  },
);
