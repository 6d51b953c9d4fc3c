import { Directive, Field, ObjectType } from 'type-graphql';
import { PRIVATE_DATA } from '../common/cache-control.js';

@Directive(PRIVATE_DATA)
@ObjectType({ description: 'LeadSquared details of a lead.' })
export class LeadSquaredLead {
  @Field(() => String, { description: 'The lead id (ProspectID).' })
  prospectId!: string;
}
