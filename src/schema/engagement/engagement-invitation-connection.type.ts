import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { EngagementInvitation } from './engagement-invitation.type.js';

@ObjectType({ description: 'A Relay connection of engagement invitations.' })
export class EngagementInvitationConnection extends Connection(EngagementInvitation) {}
