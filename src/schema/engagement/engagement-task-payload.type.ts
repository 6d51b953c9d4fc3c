import { Field, ObjectType } from 'type-graphql';
import { EngagementTask } from './engagement-task.type.js';

@ObjectType({ description: 'The answer of a mutation that starts an engagement task.' })
export class EngagementTaskPayload {
  @Field(() => EngagementTask, { description: 'The task as the upstream reported it on start.' })
  task!: EngagementTask;

  @Field(() => String, {
    description: 'The idempotency token used: send it again to retry without starting twice.',
  })
  clientToken!: string;
}
