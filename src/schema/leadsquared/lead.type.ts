import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'LeadSquared details of a lead.' })
export class LeadSquaredLead {
  @Field(() => String, { description: 'The lead id (ProspectID).' })
  prospectId!: string;
}
