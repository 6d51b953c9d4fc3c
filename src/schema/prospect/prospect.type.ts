import { Directive, Field, ObjectType } from 'type-graphql';
import { OpportunitySource } from '../common/enums.js';
import { Node } from '../common/node.interface.js';
import { DateTime } from '../common/scalars.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

/** A person behind opportunities: an Account Engagement prospect or a LeadSquared lead. */
@Directive('@key(fields: "id")')
@Directive(PRIVATE_DATA)
@ObjectType({
  implements: Node,
  description: 'An Account Engagement prospect or a LeadSquared lead.',
})
export class Prospect extends Node {
  @Field(() => OpportunitySource, { description: 'ACCOUNT_ENGAGEMENT or LEADSQUARED.' })
  source!: OpportunitySource;

  @Field(() => String, { description: "The upstream's own id." })
  sourceId!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true })
  company!: string | null;

  @Field(() => DateTime, { nullable: true })
  createdAt!: string | null;

  @Field(() => DateTime, { nullable: true })
  lastModifiedAt!: string | null;
}
