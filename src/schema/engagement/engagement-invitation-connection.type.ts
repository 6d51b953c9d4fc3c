import { Field, Int, ObjectType } from 'type-graphql';
import { EngagementInvitation } from './engagement-invitation.type.js';
import { PageInfo } from '../common/page-info.type.js';

@ObjectType()
export class EngagementInvitationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => EngagementInvitation)
  node!: EngagementInvitation;
}

@ObjectType({ description: 'A Relay connection of engagement invitations.' })
export class EngagementInvitationConnection {
  @Field(() => [EngagementInvitationEdge])
  edges!: EngagementInvitationEdge[];

  @Field(() => [EngagementInvitation])
  nodes!: EngagementInvitation[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'Null when the upstream cannot tell.' })
  totalCount!: number | null;
}
