import { Directive, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { EngagementInvitation } from './engagement-invitation.type.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

@Directive(PRIVATE_DATA)
@ObjectType({ description: 'A Relay connection of engagement invitations.' })
export class EngagementInvitationConnection extends Connection(EngagementInvitation) {}
