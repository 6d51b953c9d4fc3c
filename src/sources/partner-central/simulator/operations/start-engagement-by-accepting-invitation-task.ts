/**
 * StartEngagementByAcceptingInvitationTask
 * (docs/upstreams/partner-central.md#startengagementbyacceptinginvitationtask). Checks, in order: a
 * ClientToken replay (same token + same input → the original response; other input →
 * ConflictException), the invitation exists in the catalog (else ResourceNotFoundException), it is
 * PENDING and no other accept task is running for it (else ConflictException, simulator choice).
 * The answer is the new task, IN_PROGRESS.
 */
import { conflict } from '../errors.js';
import type { AcceptInvitationTaskRecord } from '../data/records.js';
import { acceptTaskSummary } from '../shapes/task-shapes.js';
import { runningAcceptTask, startAcceptTask } from '../tasks/accept-invitation-task.js';
import {
  CATALOG_IDENTIFIER,
  CLIENT_TOKEN,
  ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER,
  TAG_KEY,
  TAG_VALUE,
} from '../validation/model-shapes.js';
import { listOf, optional, required, structure } from '../validation/rules.js';
import { findInvitation } from './get-engagement-invitation.js';
import { defineOperation } from './operation.js';

interface StartAcceptTaskInput {
  readonly Catalog: string;
  readonly ClientToken: string;
  readonly Identifier: string;
  readonly Tags?: AcceptInvitationTaskRecord['tags'];
}

const NAME = 'StartEngagementByAcceptingInvitationTask';

export const startEngagementByAcceptingInvitationTask = defineOperation<StartAcceptTaskInput>(
  NAME,
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    ClientToken: required(CLIENT_TOKEN),
    Identifier: required(ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER),
    Tags: optional(
      listOf(structure({ Key: required(TAG_KEY), Value: required(TAG_VALUE) }), {
        min: 1,
        max: 200,
      }),
    ),
  }),
  (request, { catalog, state, nowMs }) => {
    const scope = `${catalog.catalog}/${NAME}`;
    const replay = state.idempotency.replay(scope, request.ClientToken, { ...request });
    if (replay !== undefined) return replay;

    const invitation = findInvitation(catalog, request.Identifier);
    if (invitation.Status !== 'PENDING') {
      throw conflict(
        `Engagement invitation ${invitation.Id} is ${invitation.Status}; only PENDING invitations can be accepted`,
      );
    }
    const running = runningAcceptTask(catalog, invitation.Id);
    if (running !== undefined) {
      throw conflict(
        `Engagement invitation ${invitation.Id} is already being accepted by ${running.TaskId}`,
      );
    }
    const task = startAcceptTask(catalog, invitation, request.Tags ?? [], state.taskClock(nowMs));
    const response = acceptTaskSummary(task);
    state.idempotency.remember(scope, request.ClientToken, { ...request }, response);
    return response;
  },
);
