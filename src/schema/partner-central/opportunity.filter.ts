import { Field, InputType } from 'type-graphql';
import { SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';
import {
  PartnerCentralOpportunitySortField,
  PartnerCentralReviewStatus,
  PartnerCentralStage,
} from './enums.js';
import type {
  OpportunityFilter,
  OpportunityOrder,
} from '../../sources/partner-central/listing/opportunity-filter.js';

@InputType({ description: 'ListOpportunities filters (all must hold).' })
export class PartnerCentralOpportunityFilter implements OpportunityFilter {
  @Field(() => [String], { nullable: true, description: 'Customer company names, at most 10.' })
  customerCompanyNames?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Opportunity ids (O + digits), at most 20.',
  })
  identifiers?: string[] | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Modified at or after this instant (the upstream includes the instant itself).',
  })
  lastModifiedAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Modified before this instant.' })
  lastModifiedBefore?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Created at or after this instant.' })
  createdAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Created before this instant.' })
  createdBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Target close date on or after (YYYY-MM-DD).',
  })
  targetCloseAfter?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Target close date on or before (YYYY-MM-DD).',
  })
  targetCloseBefore?: string | null;

  @Field(() => [PartnerCentralReviewStatus], { nullable: true, description: 'At most 10.' })
  lifeCycleReviewStatuses?: PartnerCentralReviewStatus[] | null;

  @Field(() => [PartnerCentralStage], { nullable: true, description: 'At most 10.' })
  lifeCycleStages?: PartnerCentralStage[] | null;
}

@InputType({ description: 'Sort order; the default is LAST_MODIFIED_DATE, DESC.' })
export class PartnerCentralOpportunityOrder implements OpportunityOrder {
  @Field(() => PartnerCentralOpportunitySortField, {
    defaultValue: PartnerCentralOpportunitySortField.LAST_MODIFIED_DATE,
  })
  field!: PartnerCentralOpportunitySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}
