import { Field, Int, ObjectType } from 'type-graphql';
import { OpportunitySource } from '../common/enums.js';
import { Opportunity } from './opportunity.type.js';
import { PageInfo } from '../common/page-info.type.js';

@ObjectType()
export class OpportunityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Opportunity)
  node!: Opportunity;
}

@ObjectType({ description: 'A Relay connection of opportunities.' })
export class OpportunityConnection {
  @Field(() => [OpportunityEdge])
  edges!: OpportunityEdge[];

  @Field(() => [Opportunity])
  nodes!: Opportunity[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'Null when the upstream cannot tell.' })
  totalCount!: number | null;

  @Field(() => [OpportunitySource], {
    description:
      'Merged listing only: sources that failed for this page (the page holds the others).',
  })
  unavailableSources!: OpportunitySource[];
}
