/**
 * StartProspectingFromEngagementTask's task
 * (docs/upstreams/partner-central.md#startprospectingfromengagementtask). Its status runs PENDING
 * for the first half of `taskDurationMs`, IN_PROGRESS for the second, then COMPLETED (note: not
 * COMPLETE) or FAILED; each engagement's result follows the same steps.
 *
 * Results (simulator choices; the model only says ReasonCode is a free string):
 * - an identifier that is not an engagement of the catalog FAILS with ReasonCode
 *   `EngagementNotFound`;
 * - a seeded `failsProspecting` engagement FAILS with `EngagementNotEligible`;
 * - any other engagement COMPLETES with a new EngagementContextId (`ctx-` + 14);
 * - the task is COMPLETED when at least one engagement completed, else FAILED.
 * The task status is on the wire only in the Start response (always PENDING); Get and List show
 * it through EndTime, the per-engagement results and the counts.
 */
import type { CatalogData } from '../data/catalog-data.js';
import { newContextId, newProspectingTaskId, prospectingTaskArn } from '../data/ids.js';
import type {
  EngagementProspectingResult,
  ProspectingStatus,
  ProspectingTaskRecord,
} from '../data/records.js';
import { PROSPECTING_NOT_ELIGIBLE } from '../data/vocabulary.js';
import { formatTimestamp } from '../timestamps.js';
import type { TaskClock } from './task-clock.js';

export const ENGAGEMENT_NOT_FOUND = 'EngagementNotFound';
export const ENGAGEMENT_NOT_ELIGIBLE = 'EngagementNotEligible';

function plannedResult(
  catalog: CatalogData,
  identifier: string,
  clock: TaskClock,
): EngagementProspectingResult {
  const engagement = catalog.engagement(identifier);
  if (engagement === undefined) {
    return {
      EngagementIdentifier: identifier,
      Status: 'FAILED',
      ReasonCode: ENGAGEMENT_NOT_FOUND,
      Message: `No engagement ${identifier} in catalog ${catalog.catalog}`,
    };
  }
  if (engagement.failsProspecting) {
    return {
      EngagementIdentifier: identifier,
      Status: 'FAILED',
      ReasonCode: ENGAGEMENT_NOT_ELIGIBLE,
      Message: PROSPECTING_NOT_ELIGIBLE,
    };
  }
  return {
    EngagementIdentifier: identifier,
    Status: 'COMPLETED',
    EngagementContextId: newContextId(clock.ids),
  };
}

export function startProspectingTask(
  catalog: CatalogData,
  request: { readonly identifiers: readonly string[]; readonly taskName: string },
  clock: TaskClock,
): ProspectingTaskRecord {
  const taskId = newProspectingTaskId(clock.ids);
  const task: ProspectingTaskRecord = {
    TaskId: taskId,
    TaskArn: prospectingTaskArn(clock.accountId, catalog.catalog, taskId),
    TaskName: request.taskName,
    StartTime: formatTimestamp(clock.nowMs),
    Identifiers: [...request.identifiers],
    status: 'PENDING',
    Engagements: request.identifiers.map((id) => ({ EngagementIdentifier: id, Status: 'PENDING' })),
    planned: request.identifiers.map((id) => plannedResult(catalog, id, clock)),
    startMs: clock.nowMs,
    endsAtMs: clock.nowMs + clock.durationMs,
  };
  catalog.prospectingTasks.push(task);
  return task;
}

function phaseAt(task: ProspectingTaskRecord, nowMs: number): ProspectingStatus | 'DONE' {
  if (nowMs >= task.endsAtMs) return 'DONE';
  return nowMs - task.startMs < (task.endsAtMs - task.startMs) / 2 ? 'PENDING' : 'IN_PROGRESS';
}

export function settleProspectingTasks(catalog: CatalogData, nowMs: number): void {
  for (const task of catalog.prospectingTasks) {
    if (task.status === 'COMPLETED' || task.status === 'FAILED') continue;
    const phase = phaseAt(task, nowMs);
    if (phase !== 'DONE') {
      task.status = phase;
      for (const result of task.Engagements) result.Status = phase;
      continue;
    }
    task.Engagements.splice(0, task.Engagements.length, ...task.planned.map((r) => ({ ...r })));
    task.EndTime = formatTimestamp(task.endsAtMs);
    task.status = task.planned.some((r) => r.Status === 'COMPLETED') ? 'COMPLETED' : 'FAILED';
  }
}

export const countResults = (task: ProspectingTaskRecord, status: ProspectingStatus): number =>
  task.Engagements.filter((result) => result.Status === status).length;
