import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../common/node.interface.js';
import { PRIVATE_DATA } from '../common/cache-control.js';

/**
 * A Partner Central engagement invitation. Only the id fields are plain properties; the others are
 * declared by EngagementInvitationResolver, which answers list-summary members from the record and
 * loads GetEngagementInvitation (once per invitation and request) for the rest when needed.
 */
@Directive(PRIVATE_DATA)
@ObjectType({
  implements: Node,
  description:
    'A Partner Central engagement invitation (id pc-invitation:<Catalog>:<engi-id>). Fields the ListEngagementInvitations summary has cost no extra call; the others are loaded with GetEngagementInvitation when selected, unless the invitation was already read by id.',
})
export class EngagementInvitation extends Node {
  @Field(() => String, { description: 'The upstream id, engi- followed by 13 characters.' })
  invitationId!: string;
}
