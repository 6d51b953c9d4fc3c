import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

@ObjectType({ description: 'An Account Engagement campaign.' })
export class AccountEngagementCampaign {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

/**
 * The Account Engagement view of an opportunity: every documented field of the opportunity object
 * (docs/upstreams/account-engagement.md#opportunity-fields), named as the API names them, in
 * camelCase. The prospects are `Opportunity.prospects`.
 */
@Directive(PRIVATE_DATA)
@ObjectType({ description: 'Account Engagement (Pardot) details of an opportunity.' })
export class AccountEngagementOpportunity {
  @Field(() => Int, { description: 'The Account Engagement id (the n of ae:<n>).' })
  opportunityId!: number;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value as a decimal string, as the API wrote it (no float rounding).',
  })
  value!: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 100.' })
  probability!: number | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  stage!: string | null;

  @Field(() => String, { nullable: true, description: 'Usually won, lost or open.' })
  status!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it closed (set by whoever closes it; the API does not).',
  })
  closedAt!: string | null;

  @Field(() => AccountEngagementCampaign, { nullable: true })
  campaign!: AccountEngagementCampaign | null;

  @Field(() => DateTime, { nullable: true })
  createdAt!: string | null;

  @Field(() => DateTime, { nullable: true })
  updatedAt!: string | null;
}
