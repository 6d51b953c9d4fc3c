import type {
  OpportunitySortName,
  ReviewStatus,
  Stage,
} from '@aws-sdk/client-partnercentral-selling';
import { registerEnumType } from 'type-graphql';

/**
 * Partner Central's own enum values contain spaces ("Technical Validation", "In review"), which a
 * GraphQL enum cannot spell. Each GraphQL value maps to the upstream value it stands for; the
 * GraphQL values equal their names (see LeadSquaredOpportunitySortField for why).
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

registerEnumType(PartnerCentralStage, {
  name: 'PartnerCentralStage',
  description: 'LifeCycle.Stage',
});
registerEnumType(PartnerCentralReviewStatus, {
  name: 'PartnerCentralReviewStatus',
  description: 'LifeCycle.ReviewStatus',
});
registerEnumType(PartnerCentralOpportunitySortField, {
  name: 'PartnerCentralOpportunitySortField',
});
