import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { EngagementTaskStatus, EngagementTaskType } from './engagement-task.enums.js';
import { Node } from '../common/node.interface.js';
import { DateTime } from '../common/scalars.js';

/**
 * An engagement task of either kind. Plain members of EngagementTaskRecord are properties here;
 * links and derived fields (catalog, invitation, opportunity, engagementIds, engagementResults,
 * counts) are declared by EngagementTaskResolver.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  description:
    'A Partner Central engagement task: accepting an invitation (id pc-accept-task:<Catalog>:<TaskId>) or prospecting from engagements (id pc-prospecting-task:<Catalog>:<TaskId>).',
})
export class EngagementTask extends Node {
  @Field(() => EngagementTaskType)
  type!: EngagementTaskType;

  @Field(() => String, { description: 'The upstream task id (task-...).' })
  taskId!: string;

  @Field(() => String, { nullable: true })
  taskArn!: string | null;

  @Field(() => String, { nullable: true, description: 'Task name (prospecting tasks).' })
  name!: string | null;

  @Field(() => EngagementTaskStatus, {
    description: 'Upstream COMPLETED (prospecting tasks) is COMPLETE.',
  })
  status!: EngagementTaskStatus;

  @Field(() => DateTime, { nullable: true })
  startedAt!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it ended (prospecting tasks; accept tasks do not report it).',
  })
  endedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, e.g. InvitationAccessDenied.',
  })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Upstream message about the outcome.' })
  message!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Accept tasks: the invitation id (engi-...); `invitation` has the invitation.',
  })
  invitationId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Accept tasks: the opportunity id (O...) the task created, once known; `opportunity` has the opportunity.',
  })
  opportunityId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Accept tasks: the resource snapshot job (job-...) the task started.',
  })
  resourceSnapshotJobId!: string | null;
}

@ObjectType({ description: 'The outcome for one engagement of a prospecting task.' })
export class EngagementProspectingResult {
  @Field(() => String, { nullable: true, description: 'The engagement (eng-...).' })
  engagementId!: string | null;

  @Field(() => EngagementTaskStatus, {
    nullable: true,
    description: 'Upstream COMPLETED is COMPLETE.',
  })
  status!: EngagementTaskStatus | null;

  @Field(() => String, { nullable: true, description: 'The engagement context created (ctx-...).' })
  engagementContextId!: string | null;

  @Field(() => String, { nullable: true })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType({ description: 'How many engagements of a prospecting task are done.' })
export class EngagementTaskCounts {
  @Field(() => Int, { description: 'Engagements in the task.' })
  total!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  failed!: number;
}
