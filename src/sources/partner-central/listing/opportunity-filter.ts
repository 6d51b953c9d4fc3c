import type {
  OpportunitySortName,
  ReviewStatus,
  Stage,
} from '@aws-sdk/client-partnercentral-selling';
import type { SortDirection } from '../../../core/domain/enums.js';

/*
 * The ListOpportunities filters and order (docs/upstreams/partner-central.md#listopportunities) as
 * plain values: what the listing takes. The schema's input classes
 * (src/schema/partner-central/opportunity.filter.ts) implement these interfaces, and
 * src/schema/partner-central/enums.ts registers the enums.
 *
 * Partner Central's own enum values contain spaces ("Technical Validation", "In review"), which a
 * GraphQL enum cannot spell. Each value here maps to the upstream value it stands for; the values
 * equal their names (docs/toolchain.md#federation-from-type-graphql: the federation build re-reads
 * the SDL).
 */

export enum PartnerCentralStage {
  PROSPECT = 'PROSPECT',
  QUALIFIED = 'QUALIFIED',
  TECHNICAL_VALIDATION = 'TECHNICAL_VALIDATION',
  BUSINESS_VALIDATION = 'BUSINESS_VALIDATION',
  COMMITTED = 'COMMITTED',
  LAUNCHED = 'LAUNCHED',
  CLOSED_LOST = 'CLOSED_LOST',
}

export const UPSTREAM_STAGE: Record<PartnerCentralStage, Stage> = {
  PROSPECT: 'Prospect',
  QUALIFIED: 'Qualified',
  TECHNICAL_VALIDATION: 'Technical Validation',
  BUSINESS_VALIDATION: 'Business Validation',
  COMMITTED: 'Committed',
  LAUNCHED: 'Launched',
  CLOSED_LOST: 'Closed Lost',
};

export enum PartnerCentralReviewStatus {
  PENDING_SUBMISSION = 'PENDING_SUBMISSION',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ACTION_REQUIRED = 'ACTION_REQUIRED',
}

export const UPSTREAM_REVIEW_STATUS: Record<PartnerCentralReviewStatus, ReviewStatus> = {
  PENDING_SUBMISSION: 'Pending Submission',
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  ACTION_REQUIRED: 'Action Required',
};

export enum PartnerCentralOpportunitySortField {
  LAST_MODIFIED_DATE = 'LAST_MODIFIED_DATE',
  CREATED_DATE = 'CREATED_DATE',
  IDENTIFIER = 'IDENTIFIER',
  CUSTOMER_COMPANY_NAME = 'CUSTOMER_COMPANY_NAME',
  TARGET_CLOSE_DATE = 'TARGET_CLOSE_DATE',
}

export const UPSTREAM_SORT_BY: Record<PartnerCentralOpportunitySortField, OpportunitySortName> = {
  LAST_MODIFIED_DATE: 'LastModifiedDate',
  CREATED_DATE: 'CreatedDate',
  IDENTIFIER: 'Identifier',
  CUSTOMER_COMPANY_NAME: 'CustomerCompanyName',
  TARGET_CLOSE_DATE: 'TargetCloseDate',
};

/** The filters, all of which must hold. */
export interface OpportunityFilter {
  customerCompanyNames?: string[] | null;
  /** Opportunity ids (O + digits). */
  identifiers?: string[] | null;
  /** Inclusive, as upstream. */
  lastModifiedAfter?: Date | null;
  lastModifiedBefore?: Date | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  /** YYYY-MM-DD. */
  targetCloseAfter?: string | null;
  targetCloseBefore?: string | null;
  lifeCycleReviewStatuses?: PartnerCentralReviewStatus[] | null;
  lifeCycleStages?: PartnerCentralStage[] | null;
}

/** The sort order; absent, it is LAST_MODIFIED_DATE, DESC. */
export interface OpportunityOrder {
  field?: PartnerCentralOpportunitySortField | null;
  direction?: SortDirection | null;
}
