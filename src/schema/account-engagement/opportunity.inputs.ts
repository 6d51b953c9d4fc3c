import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTime } from '../common/scalars.js';
import type {
  OpportunityCreateInput,
  OpportunityUpdateInput,
} from '../../sources/account-engagement/opportunity-write-input.js';

/*
 * Account Engagement opportunity writes (docs/upstreams/account-engagement.md#opportunity-writes).
 * `value` is a decimal string, as Money.amount is: the API stores a float and a decimal string
 * keeps what the caller wrote (integers are what the query's value_* bounds take, not what the
 * field holds).
 */

const VALUE_RULE = 'A non-negative decimal string such as "1500" or "1499.99".';

@InputType({
  description:
    'A new opportunity for an existing prospect, named by prospectId or prospectEmail (or both, which the API checks name the same prospect).',
})
export class CreateAccountEngagementOpportunityInput implements OpportunityCreateInput {
  @Field(() => String, { description: 'Not empty.' })
  name!: string;

  @Field(() => String, { description: VALUE_RULE })
  value!: string;

  @Field(() => Int, { description: '0 to 100.' })
  probability!: number;

  @Field(() => ID, { nullable: true, description: 'The prospect: ae-prospect:<id>.' })
  prospectId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The prospect's email address; where several prospects share it, the API picks the one with the most recent activity.",
  })
  prospectEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  stage?: string | null;

  @Field(() => String, { nullable: true, description: 'Usually won, lost or open.' })
  status?: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it closed; the API does not set it by itself (whole seconds, UTC).',
  })
  closedAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Campaign id; omitted, the API takes the prospect's campaign.",
  })
  campaignId?: number | null;
}

@InputType({
  description:
    'Changes to an opportunity: an omitted field stays as it is, an explicit null clears it. name, value, probability and campaignId are required upstream and cannot be cleared.',
})
export class UpdateAccountEngagementOpportunityInput implements OpportunityUpdateInput {
  @Field(() => String, { nullable: true, description: 'Not empty; cannot be cleared.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: `${VALUE_RULE} Cannot be cleared.` })
  value?: string | null;

  @Field(() => Int, { nullable: true, description: '0 to 100; cannot be cleared.' })
  probability?: number | null;

  @Field(() => String, { nullable: true, description: 'Free text; null clears it.' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text; null clears it.' })
  stage?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Usually won, lost or open; null clears it.',
  })
  status?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it closed; null clears it.' })
  closedAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Moves it to this campaign; cannot be cleared.',
  })
  campaignId?: number | null;
}
