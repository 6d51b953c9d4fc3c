import { Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';

@InputType({ description: 'Filters pushed down into LeadSquared advanced search (all must hold).' })
export class LeadSquaredOpportunityFilter {
  @Field(() => DateTime, { nullable: true, description: 'CreatedOn strictly after this instant.' })
  createdAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'CreatedOn strictly before this instant.' })
  createdBefore?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'ModifiedOn strictly after this instant.' })
  modifiedAfter?: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'ModifiedOn strictly before this instant.',
  })
  modifiedBefore?: Date | null;

  @Field(() => String, { nullable: true, description: 'Native status, e.g. Open, Won, Lost.' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Owner user id (a GUID).' })
  owner?: string | null;
}

/**
 * Enum values equal their names: the federation build re-reads the SDL, and an internal value that
 * differs from the name breaks default values there. SORT_COLUMNS maps them to upstream columns.
 */
export enum LeadSquaredOpportunitySortField {
  CREATED_ON = 'CREATED_ON',
  MODIFIED_ON = 'MODIFIED_ON',
}

export const SORT_COLUMNS: Record<LeadSquaredOpportunitySortField, string> = {
  CREATED_ON: 'CreatedOn',
  MODIFIED_ON: 'ModifiedOn',
};
registerEnumType(LeadSquaredOpportunitySortField, { name: 'LeadSquaredOpportunitySortField' });

@InputType({ description: 'Sort order; ties are broken by opportunity id.' })
export class LeadSquaredOpportunityOrder {
  @Field(() => LeadSquaredOpportunitySortField, {
    defaultValue: LeadSquaredOpportunitySortField.CREATED_ON,
  })
  field!: LeadSquaredOpportunitySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}
