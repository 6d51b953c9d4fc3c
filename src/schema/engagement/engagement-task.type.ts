import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { EngagementTaskStatus, EngagementTaskType } from './engagement-task.enums.js';
import { Node } from '../common/node.interface.js';
import { DateTime } from '../common/scalars.js';
import { NEVER_REUSED } from '../common/cache-control.js';

/**
 * An engagement task of either kind. Plain members of EngagementTaskRecord are properties here;
 * links and derived fields (catalog, invitation, opportunity, engagementIds, engagementResults,
 * counts) are declared by EngagementTaskResolver.
 *
 * A task's status changes by itself upstream, so no answer holding one may be reused. The hint on
 * the type covers the fields that return a task, and `_entities` (the subgraph library applies the
 * hint of each entity's type); the hint on each field (here and in the resolver) covers `node` and
 * `nodes`, where Apollo applies the Node interface's hint, not the concrete type's. `id` (declared
 * by Node) never changes and keeps the default.
 */
@Directive('@key(fields: "id")')
@Directive(NEVER_REUSED)
@ObjectType({
  implements: Node,
  description:
    'A Partner Central engagement task: accepting an invitation (id pc-accept-task:<Catalog>:<TaskId>) or prospecting from engagements (id pc-prospecting-task:<Catalog>:<TaskId>).',
})
export class EngagementTask extends Node {
  @Directive(NEVER_REUSED)
  @Field(() => EngagementTaskType)
  type!: EngagementTaskType;

  @Directive(NEVER_REUSED)
  @Field(() => String, { description: 'The upstream task id (task-...).' })
  taskId!: string;

  @Directive(NEVER_REUSED)
  @Field(() => String, { nullable: true })
  taskArn!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => String, { nullable: true, description: 'Task name (prospecting tasks).' })
  name!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => EngagementTaskStatus, {
    description: 'Upstream COMPLETED (prospecting tasks) is COMPLETE.',
  })
  status!: EngagementTaskStatus;

  @Directive(NEVER_REUSED)
  @Field(() => DateTime, { nullable: true })
  startedAt!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => DateTime, {
    nullable: true,
    description: 'When it ended (prospecting tasks; accept tasks do not report it).',
  })
  endedAt!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => String, {
    nullable: true,
    description: 'Why it failed, e.g. InvitationAccessDenied.',
  })
  reasonCode!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => String, { nullable: true, description: 'Upstream message about the outcome.' })
  message!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => String, {
    nullable: true,
    description: 'Accept tasks: the invitation id (engi-...); `invitation` has the invitation.',
  })
  invitationId!: string | null;

  @Directive(NEVER_REUSED)
  @Field(() => String, {
    nullable: true,
    description:
      'Accept tasks: the opportunity id (O...) the task created, once known; `opportunity` has the opportunity.',
  })
  opportunityId!: string | null;

  @Directive(NEVER_REUSED)
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
