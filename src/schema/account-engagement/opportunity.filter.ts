import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';
import {
  AccountEngagementOpportunitySortField,
  AccountEngagementRelativeDate,
  type OpportunityDateBound,
  type OpportunityFilter,
  type OpportunityOrder,
} from '../../sources/account-engagement/listing/opportunity-filter.js';

/*
 * accountEngagementOpportunities arguments: the opportunity `query` filters of the API
 * (docs/upstreams/account-engagement.md#opportunity-query) in GraphQL names. The enums and the
 * plain shapes these classes implement are the module's
 * (src/sources/account-engagement/listing/opportunity-filter.ts); this file registers them.
 */

export { AccountEngagementOpportunitySortField, AccountEngagementRelativeDate };

registerEnumType(AccountEngagementRelativeDate, {
  name: 'AccountEngagementRelativeDate',
  description:
    "Account Engagement's date keywords. Each stands for the start of a day or month in the API user's time zone: TODAY is 00:00 today, YESTERDAY 00:00 yesterday, LAST_7_DAYS 00:00 seven days ago, THIS_MONTH 00:00 on the 1st, LAST_MONTH 00:00 on the 1st of the previous month.",
});

@InputType({
  description:
    'A bound of a creation-date window: an instant (`at`) or one of the API\'s keywords (`relative`). Exactly one must be set, e.g. `{ relative: LAST_7_DAYS }` or `{ at: "2025-06-01T00:00:00Z" }`.',
})
export class AccountEngagementDateBound implements OpportunityDateBound {
  @Field(() => DateTime, {
    nullable: true,
    description: 'An instant; sent in whole seconds (UTC), rounded away from the window.',
  })
  at?: Date | null;

  @Field(() => AccountEngagementRelativeDate, { nullable: true })
  relative?: AccountEngagementRelativeDate | null;
}

@InputType({
  description:
    'Account Engagement opportunity query filters (all must hold). Every bound is strict, as upstream: `probabilityGreaterThan: 50` leaves out 50.',
})
export class AccountEngagementOpportunityFilter implements OpportunityFilter {
  @Field(() => AccountEngagementDateBound, {
    nullable: true,
    description: 'Created strictly after this bound (created_after).',
  })
  createdAfter?: AccountEngagementDateBound | null;

  @Field(() => AccountEngagementDateBound, {
    nullable: true,
    description: 'Created strictly before this bound (created_before).',
  })
  createdBefore?: AccountEngagementDateBound | null;

  @Field(() => Int, { nullable: true, description: 'Id greater than this (>= 0).' })
  idGreaterThan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Id less than this (>= 1).' })
  idLessThan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Probability greater than this (0 to 100).' })
  probabilityGreaterThan?: number | null;

  @Field(() => Int, { nullable: true, description: 'Probability less than this (0 to 100).' })
  probabilityLessThan?: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Value greater than this whole, non-negative number (the API compares with integers). A Float only so that bounds above 2^31 fit.',
  })
  valueGreaterThan?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Value less than this whole, non-negative number (see valueGreaterThan).',
  })
  valueLessThan?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Opportunities of the prospect(s) with this email address (in API version 4, of every prospect that has it). With prospectId, both must name the same prospect, else the API refuses (UPSTREAM_REJECTED).',
  })
  prospectEmail?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Opportunities of this prospect: its global id, ae-prospect:<id>.',
  })
  prospectId?: string | null;
}

registerEnumType(AccountEngagementOpportunitySortField, {
  name: 'AccountEngagementOpportunitySortField',
  description: 'sort_by of the opportunity query.',
});

@InputType({
  description:
    "Sort order; the default is CREATED_AT, DESC, as upstream. Records with equal keys come in the API's own order (by id ascending in the simulator).",
})
export class AccountEngagementOpportunityOrder implements OpportunityOrder {
  @Field(() => AccountEngagementOpportunitySortField, {
    defaultValue: AccountEngagementOpportunitySortField.CREATED_AT,
  })
  field!: AccountEngagementOpportunitySortField;

  @Field(() => SortDirection, {
    nullable: true,
    description:
      "Omitted: the API's default for the field (CREATED_AT, PROBABILITY and VALUE descending, ID ascending).",
  })
  direction?: SortDirection | null;
}
