import { Field, Int, ObjectType } from 'type-graphql';
import { EngagementTask } from './engagement-task.type.js';
import { PageInfo } from '../common/page-info.type.js';

@ObjectType()
export class EngagementTaskEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => EngagementTask)
  node!: EngagementTask;
}

@ObjectType({ description: 'A Relay connection of engagement tasks.' })
export class EngagementTaskConnection {
  @Field(() => [EngagementTaskEdge])
  edges!: EngagementTaskEdge[];

  @Field(() => [EngagementTask])
  nodes!: EngagementTask[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'Null when the upstream cannot tell.' })
  totalCount!: number | null;
}
