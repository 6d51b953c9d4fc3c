import { Field, InputType, registerEnumType } from 'type-graphql';
import {
  LeadSquaredOpportunitySortField,
  type LeadSquaredSearchFilter,
  type LeadSquaredSearchOrder,
} from '../../sources/leadsquared/listing/search-query.js';
import { SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';

export { LeadSquaredOpportunitySortField };

@InputType({ description: 'Filters pushed down into LeadSquared advanced search (all must hold).' })
export class LeadSquaredOpportunityFilter implements LeadSquaredSearchFilter {
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

// Registered here, defined in the module: its values equal their names (see the enum for why).
registerEnumType(LeadSquaredOpportunitySortField, { name: 'LeadSquaredOpportunitySortField' });

@InputType({ description: 'Sort order; ties are broken by opportunity id.' })
export class LeadSquaredOpportunityOrder implements LeadSquaredSearchOrder {
  @Field(() => LeadSquaredOpportunitySortField, {
    defaultValue: LeadSquaredOpportunitySortField.CREATED_ON,
  })
  field!: LeadSquaredOpportunitySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}
