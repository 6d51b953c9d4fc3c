import type { ListOpportunitiesCommandInput } from '@aws-sdk/client-partnercentral-selling';
import type { Catalog } from '../../../core/domain/catalog.js';
import { BadUserInputError } from '../../../core/errors/index.js';
import {
  PartnerCentralOpportunitySortField,
  UPSTREAM_REVIEW_STATUS,
  UPSTREAM_SORT_BY,
  UPSTREAM_STAGE,
  type OpportunityFilter,
  type OpportunityOrder,
} from './opportunity-filter.js';
import { SortDirection } from '../../../core/domain/enums.js';
import { atMost } from '../../../core/pagination/list-limits.js';
import { checkBoundOrder } from '../../../core/pagination/bound-order.js';
import { PC_OPPORTUNITY_ID_PATTERN as OPPORTUNITY_ID } from '../../../core/domain/id-parts.js';

const DATE = /^[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/;

function range<T extends Date | string>(
  after: T | null | undefined,
  before: T | null | undefined,
  names: [string, string],
) {
  checkBoundOrder(after, before, {
    argument: `filter.${names[0]}`,
    rule: `must be earlier than filter.${names[1]}`,
    allowEqual: false,
    shown: String,
  });
}

function closeDate(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new BadUserInputError(argument, 'must be a date YYYY-MM-DD', value);
  }
  return value;
}

/**
 * The filter and order as a ListOpportunities request (without paging), validated with the
 * model's limits (docs/upstreams/partner-central.md#listopportunities) so a bad filter fails here,
 * before any call.
 */
export function listOpportunitiesInput(
  catalog: Catalog,
  filter: OpportunityFilter | null | undefined,
  orderBy: OpportunityOrder | null | undefined,
): ListOpportunitiesCommandInput {
  const f = filter ?? {};
  const identifiers = atMost(f.identifiers, 20, 'filter.identifiers');
  identifiers?.forEach((id, index) => {
    if (!OPPORTUNITY_ID.test(id)) {
      throw new BadUserInputError(`filter.identifiers[${index}]`, 'must match O[0-9]{1,19}', id);
    }
  });
  const companies = atMost(f.customerCompanyNames, 10, 'filter.customerCompanyNames');
  companies?.forEach((name, index) => {
    if (name.length === 0 || name.length > 120) {
      throw new BadUserInputError(
        `filter.customerCompanyNames[${index}]`,
        'must be 1 to 120 characters',
        name,
      );
    }
  });
  const stages = atMost(f.lifeCycleStages, 10, 'filter.lifeCycleStages');
  const statuses = atMost(f.lifeCycleReviewStatuses, 10, 'filter.lifeCycleReviewStatuses');
  range(f.lastModifiedAfter, f.lastModifiedBefore, ['lastModifiedAfter', 'lastModifiedBefore']);
  range(f.createdAfter, f.createdBefore, ['createdAfter', 'createdBefore']);
  const closeAfter = closeDate(f.targetCloseAfter, 'filter.targetCloseAfter');
  const closeBefore = closeDate(f.targetCloseBefore, 'filter.targetCloseBefore');
  checkBoundOrder(closeAfter, closeBefore, {
    argument: 'filter.targetCloseAfter',
    rule: 'must not be later than filter.targetCloseBefore',
    allowEqual: true,
    shown: (after) => after,
  });
  const field = orderBy?.field ?? PartnerCentralOpportunitySortField.LAST_MODIFIED_DATE;
  const direction = orderBy?.direction ?? SortDirection.DESC;
  return {
    Catalog: catalog,
    ...(identifiers ? { Identifier: identifiers } : {}),
    ...(companies ? { CustomerCompanyName: companies } : {}),
    ...(stages ? { LifeCycleStage: stages.map((stage) => UPSTREAM_STAGE[stage]) } : {}),
    ...(statuses
      ? { LifeCycleReviewStatus: statuses.map((status) => UPSTREAM_REVIEW_STATUS[status]) }
      : {}),
    ...(f.lastModifiedAfter || f.lastModifiedBefore
      ? {
          LastModifiedDate: {
            ...(f.lastModifiedAfter ? { AfterLastModifiedDate: f.lastModifiedAfter } : {}),
            ...(f.lastModifiedBefore ? { BeforeLastModifiedDate: f.lastModifiedBefore } : {}),
          },
        }
      : {}),
    ...(f.createdAfter || f.createdBefore
      ? {
          CreatedDate: {
            ...(f.createdAfter ? { AfterCreatedDate: f.createdAfter } : {}),
            ...(f.createdBefore ? { BeforeCreatedDate: f.createdBefore } : {}),
          },
        }
      : {}),
    ...(closeAfter || closeBefore
      ? {
          TargetCloseDate: {
            ...(closeAfter ? { AfterTargetCloseDate: closeAfter } : {}),
            ...(closeBefore ? { BeforeTargetCloseDate: closeBefore } : {}),
          },
        }
      : {}),
    Sort: {
      SortBy: UPSTREAM_SORT_BY[field] as NonNullable<
        ListOpportunitiesCommandInput['Sort']
      >['SortBy'],
      SortOrder: direction === SortDirection.ASC ? 'ASCENDING' : 'DESCENDING',
    },
  };
}
