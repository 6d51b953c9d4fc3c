/**
 * Task answers (docs/upstreams/partner-central.md#operations): the accept-invitation task as
 * StartEngagementByAcceptingInvitationTaskResponse and
 * ListEngagementByAcceptingInvitationTaskSummary (same members), and the prospecting task as
 * GetProspectingFromEngagementTaskResponse and ProspectingTaskSummary.
 */
import type { AcceptInvitationTaskRecord, ProspectingTaskRecord } from '../data/records.js';
import { countResults } from '../tasks/prospecting-task.js';

export function acceptTaskSummary(task: AcceptInvitationTaskRecord): object {
  return {
    TaskId: task.TaskId,
    TaskArn: task.TaskArn,
    StartTime: task.StartTime,
    TaskStatus: task.TaskStatus,
    Message: task.Message,
    ReasonCode: task.ReasonCode,
    OpportunityId: task.OpportunityId,
    ResourceSnapshotJobId: task.ResourceSnapshotJobId,
    EngagementInvitationId: task.EngagementInvitationId,
  };
}

export function prospectingTask(task: ProspectingTaskRecord): object {
  return {
    TaskId: task.TaskId,
    TaskArn: task.TaskArn,
    TaskName: task.TaskName,
    StartTime: task.StartTime,
    EndTime: task.EndTime,
    Engagements: task.Engagements,
  };
}

export function prospectingTaskSummary(task: ProspectingTaskRecord): object {
  return {
    TaskId: task.TaskId,
    TaskArn: task.TaskArn,
    TaskName: task.TaskName,
    StartTime: task.StartTime,
    EndTime: task.EndTime,
    TotalEngagementCount: task.Identifiers.length,
    CompletedEngagementCount: countResults(task, 'COMPLETED'),
    FailedEngagementCount: countResults(task, 'FAILED'),
  };
}
