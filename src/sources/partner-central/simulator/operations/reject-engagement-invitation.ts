/**
 * RejectEngagementInvitation (docs/upstreams/partner-central.md#rejectengagementinvitation; input
 * Catalog, Identifier, optional RejectionReason; output `{}`). A PENDING invitation becomes
 * REJECTED and keeps the reason. Rejecting one that is not PENDING, or one an accept task is
 * working on, is a ConflictException (simulator choice: the resource's state does not allow it).
 */
import { conflict } from '../errors.js';
import { runningAcceptTask } from '../tasks/accept-invitation-task.js';
import {
  CATALOG_IDENTIFIER,
  ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER,
  REJECTION_REASON,
} from '../validation/model-shapes.js';
import { optional, required, structure } from '../validation/rules.js';
import { findInvitation } from './get-engagement-invitation.js';
import { defineOperation } from './operation.js';

interface RejectEngagementInvitationInput {
  readonly Catalog: string;
  readonly Identifier: string;
  readonly RejectionReason?: string;
}

export const rejectEngagementInvitation = defineOperation<RejectEngagementInvitationInput>(
  'RejectEngagementInvitation',
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    Identifier: required(ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER),
    RejectionReason: optional(REJECTION_REASON),
  }),
  (request, { catalog }) => {
    const invitation = findInvitation(catalog, request.Identifier);
    if (invitation.Status !== 'PENDING') {
      throw conflict(
        `Engagement invitation ${invitation.Id} is ${invitation.Status}; only PENDING invitations can be rejected`,
      );
    }
    const task = runningAcceptTask(catalog, invitation.Id);
    if (task !== undefined) {
      throw conflict(`Engagement invitation ${invitation.Id} is being accepted by ${task.TaskId}`);
    }
    invitation.Status = 'REJECTED';
    if (request.RejectionReason !== undefined) invitation.RejectionReason = request.RejectionReason;
    return {};
  },
);
