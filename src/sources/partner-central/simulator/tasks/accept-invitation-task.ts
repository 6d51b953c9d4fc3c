/**
 * StartEngagementByAcceptingInvitationTask's task
 * (docs/upstreams/partner-central.md#startengagementbyacceptinginvitationtask): IN_PROGRESS for
 * `taskDurationMs`, then COMPLETE (note: not COMPLETED) or FAILED. The outcome is fixed at start
 * from the invitation's seeded `failsOnAccept` flag. On COMPLETE the invitation becomes ACCEPTED
 * and a new opportunity, created at the completion instant, joins the catalog; the task then names
 * it (OpportunityId) and the resource snapshot job that copied it. On FAILED the invitation stays
 * PENDING and can be accepted again, and fails again.
 */
import type { CatalogData } from '../data/catalog-data.js';
import { acceptTaskArn, newAcceptTaskId, newSnapshotJobId } from '../data/ids.js';
import { opportunityFromInvitation } from '../data/opportunity-from-invitation.js';
import type { AcceptInvitationTaskRecord, InvitationRecord } from '../data/records.js';
import { formatTimestamp } from '../timestamps.js';
import type { TaskClock } from './task-clock.js';

export const ACCEPT_FAILURE_REASON = 'InvitationValidationFailed';

export function startAcceptTask(
  catalog: CatalogData,
  invitation: InvitationRecord,
  tags: AcceptInvitationTaskRecord['tags'],
  clock: TaskClock,
): AcceptInvitationTaskRecord {
  const taskId = newAcceptTaskId(clock.ids);
  const task: AcceptInvitationTaskRecord = {
    TaskId: taskId,
    TaskArn: acceptTaskArn(clock.accountId, catalog.catalog, taskId),
    StartTime: formatTimestamp(clock.nowMs),
    TaskStatus: 'IN_PROGRESS',
    EngagementInvitationId: invitation.Id,
    tags,
    endsAtMs: clock.nowMs + clock.durationMs,
    outcome: invitation.failsOnAccept ? 'FAILED' : 'COMPLETE',
    snapshotJobId: newSnapshotJobId(clock.ids),
  };
  catalog.acceptInvitationTasks.push(task);
  return task;
}

function finish(catalog: CatalogData, task: AcceptInvitationTaskRecord, accountId: string): void {
  const invitation = catalog.invitation(task.EngagementInvitationId);
  if (task.outcome === 'FAILED' || invitation === undefined) {
    task.TaskStatus = 'FAILED';
    task.ReasonCode = ACCEPT_FAILURE_REASON;
    task.Message =
      'The opportunity in the invitation failed validation and could not be created. ' +
      'Contact your AWS Partner Development Manager.';
    return;
  }
  const opportunityId = catalog.nextOpportunityId();
  catalog.addOpportunity(
    opportunityFromInvitation(invitation, opportunityId, accountId, task.endsAtMs),
  );
  invitation.Status = 'ACCEPTED';
  task.TaskStatus = 'COMPLETE';
  task.OpportunityId = opportunityId;
  task.ResourceSnapshotJobId = task.snapshotJobId;
}

/** Applies every task that has ended by `nowMs`, in the order they ended. */
export function settleAcceptTasks(catalog: CatalogData, nowMs: number, accountId: string): void {
  const ended = catalog.acceptInvitationTasks
    .filter((task) => task.TaskStatus === 'IN_PROGRESS' && task.endsAtMs <= nowMs)
    .sort((a, b) => a.endsAtMs - b.endsAtMs);
  for (const task of ended) finish(catalog, task, accountId);
}

/** An accept task still running for the invitation, if any. */
export function runningAcceptTask(
  catalog: CatalogData,
  invitationId: string,
): AcceptInvitationTaskRecord | undefined {
  return catalog.acceptInvitationTasks.find(
    (task) => task.TaskStatus === 'IN_PROGRESS' && task.EngagementInvitationId === invitationId,
  );
}
