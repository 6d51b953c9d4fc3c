import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PRIVATE_DATA } from '../common/cache-control.js';

/**
 * The LeadSquared view of an opportunity (an activity on a lead). Column-backed fields are
 * resolved in LeadSquaredOpportunityResolver, which asks for missing columns in one batch.
 */
@Directive(PRIVATE_DATA)
@ObjectType({ description: 'LeadSquared details of an opportunity.' })
export class LeadSquaredOpportunity {
  @Field(() => Int, { description: 'Opportunity type (activity event code), e.g. 12003.' })
  eventCode!: number;

  @Field(() => String, { description: 'The opportunity id (ProspectActivityId).' })
  prospectActivityId!: string;

  @Field(() => String, { nullable: true, description: 'The related lead (ProspectId).' })
  prospectId!: string | null;

  @Field(() => String, { nullable: true, description: "The related lead's email address." })
  emailAddress!: string | null;
}
