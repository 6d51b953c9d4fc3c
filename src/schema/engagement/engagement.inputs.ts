import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Catalog } from '../common/catalog.enum.js';
import { SortDirection } from '../common/enums.js';
import { DateTime } from '../common/scalars.js';
import {
  EngagementTaskStatusFilter,
  InvitationParticipantType,
  InvitationPayloadType,
  InvitationStatus,
  type InvitationFilter,
  type TaskFilter,
} from '../../sources/partner-central/listing/engagement-filters.js';
import type {
  AcceptInvitationArgs,
  RejectInvitationArgs,
} from '../../sources/partner-central/engagement-mutations.js';

/*
 * Engagement arguments in GraphQL names. The enums and the plain shapes these classes implement
 * are the module's (src/sources/partner-central/listing/engagement-filters.ts and
 * engagement-mutations.ts); this file registers them.
 */

export {
  EngagementTaskStatusFilter,
  InvitationParticipantType,
  InvitationPayloadType,
  InvitationStatus,
};

registerEnumType(InvitationParticipantType, { name: 'InvitationParticipantType' });
registerEnumType(InvitationPayloadType, { name: 'InvitationPayloadType' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@InputType({ description: 'ListEngagementInvitations filters (all must hold).' })
export class EngagementInvitationFilter implements InvitationFilter {
  @Field(() => InvitationParticipantType, {
    defaultValue: InvitationParticipantType.RECEIVER,
    description: 'Invitations received (default) or sent.',
  })
  participantType!: InvitationParticipantType;

  @Field(() => [InvitationPayloadType], { nullable: true })
  payloadTypes?: InvitationPayloadType[] | null;

  @Field(() => [InvitationStatus], { nullable: true, description: 'At most 10.' })
  statuses?: InvitationStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Engagement ids (eng-...), at most 10.' })
  engagementIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Sender AWS account ids, at most 10.' })
  senderAwsAccountIds?: string[] | null;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.DESC,
    description: 'Order by invitation date.',
  })
  direction!: SortDirection;
}

registerEnumType(EngagementTaskStatusFilter, { name: 'EngagementTaskStatusFilter' });

@InputType({
  description:
    'Task filters. Accept tasks filter by statuses, taskIds, invitationIds, opportunityIds; ' +
    'prospecting tasks by taskIds, taskNames, startedAfter, startedBefore (what each upstream list offers).',
})
export class EngagementTaskFilter implements TaskFilter {
  @Field(() => [EngagementTaskStatusFilter], {
    nullable: true,
    description: 'Accept tasks; 1 to 3.',
  })
  statuses?: EngagementTaskStatusFilter[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Upstream task ids (task-...), at most 10.',
  })
  taskIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Accept tasks: invitation global ids, at most 10.',
  })
  invitationIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Accept tasks: opportunity ids (O...), at most 10.',
  })
  opportunityIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Prospecting tasks: task names, at most 10.',
  })
  taskNames?: string[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Prospecting tasks: started after.' })
  startedAfter?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Prospecting tasks: started before.' })
  startedBefore?: Date | null;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.DESC,
    description: 'Order by start time.',
  })
  direction!: SortDirection;
}

@InputType()
export class AcceptEngagementInvitationInput implements AcceptInvitationArgs {
  @Field(() => ID, { description: 'Global id pc-invitation:<Catalog>:<engi-id>.' })
  invitationId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency token (1 to 255 characters); generated and returned when omitted.',
  })
  clientToken?: string | null;
}

@InputType()
export class StartProspectingFromEngagementsInput {
  @Field(() => Catalog)
  catalog!: Catalog;

  @Field(() => [String], { description: 'Engagement ids (eng- + 14 of [0-9a-z]), 1 to 100.' })
  engagementIds!: string[];

  @Field(() => String, { description: '1 to 128 characters.' })
  taskName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency token (1 to 255 characters); generated and returned when omitted.',
  })
  clientToken?: string | null;
}

@InputType()
export class RejectEngagementInvitationInput implements RejectInvitationArgs {
  @Field(() => ID, { description: 'Global id pc-invitation:<Catalog>:<engi-id>.' })
  invitationId!: string;

  @Field(() => String, { nullable: true, description: 'Printable text, 1 to 80 characters.' })
  rejectionReason?: string | null;
}
