import { Field, InputType, registerEnumType } from 'type-graphql';
import { OpportunitySource, SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';

/*
 * Arguments of the merged `opportunities` listing (docs/pagination.md#the-merged-listing): the filters every source can apply
 * upstream, and the one order every source can sort by.
 */

@InputType({
  description:
    'Filters of the merged listing, each pushed down to every source it applies to (all must hold).',
})
export class OpportunityFilter {
  @Field(() => [OpportunitySource], {
    nullable: true,
    description: 'Only these sources (at least one); omitted: every configured source.',
  })
  sources?: OpportunitySource[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Created strictly after this instant.' })
  createdAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Created strictly before this instant.' })
  createdBefore?: Date | null;
}

/** Enum values equal their names (see LeadSquaredOpportunitySortField for why). */
export enum OpportunitySortField {
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(OpportunitySortField, {
  name: 'OpportunitySortField',
  description: 'What the merged listing can be ordered by: the one key every source sorts by.',
});

@InputType({
  description:
    'Order of the merged listing: by creation time, newest first by default. Records of different sources created at the same instant are ordered by id.',
})
export class OpportunityOrder {
  @Field(() => OpportunitySortField, { defaultValue: OpportunitySortField.CREATED_AT })
  field!: OpportunitySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}
