import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { OpportunitySource } from '../common/enums.js';
import { Money } from '../common/money.type.js';
import { Node } from '../common/node.interface.js';
import { DateTime } from '../common/scalars.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

/**
 * A sales opportunity from any source. Source-specific detail objects and links (`prospects`,
 * `leadSquared`, ...) are added by resolvers, which keeps the type files free of import cycles.
 */
@Directive('@key(fields: "id")')
@Directive(PRIVATE_DATA)
@ObjectType({ implements: Node, description: 'A sales opportunity from one of the sources.' })
export class Opportunity extends Node {
  @Field(() => OpportunitySource)
  source!: OpportunitySource;

  @Field(() => String, { description: "The upstream's own id." })
  sourceId!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Upstream stage or status label, unchanged.',
  })
  stage!: string | null;

  @Field(() => Money, {
    nullable: true,
    description: 'PC: first ExpectedCustomerSpend; AE: value; LSQ: the amount column, when set.',
  })
  amount!: Money | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Win probability in percent, when the upstream has one.',
  })
  probability!: number | null;

  @Field(() => DateTime, { nullable: true })
  createdAt!: string | null;

  @Field(() => DateTime, { nullable: true })
  lastModifiedAt!: string | null;
}
