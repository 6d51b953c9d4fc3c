import type {
  GetProspectingFromEngagementTaskCommandOutput,
  ListEngagementByAcceptingInvitationTaskSummary,
  OpportunitySummary,
  ProspectingTaskSummary,
  StartEngagementByAcceptingInvitationTaskCommandOutput,
  StartProspectingFromEngagementTaskCommandOutput,
} from '@aws-sdk/client-partnercentral-selling';
import type { Catalog } from '../../core/domain/catalog.js';
import type { EngagementTaskStatus } from './engagement-records.js';
import { formatGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { UpstreamSource } from '../../core/errors/index.js';
import type {
  InvitationWire,
  PartnerCentralInvitationRecord,
  PartnerCentralTaskRecord,
} from './wire-types.js';

/** The SDK hands timestamps over as Dates; a copy of each (two per record of 100) is not needed. */
const iso = (value: Date | string | undefined): string | null =>
  value === undefined ? null : (value instanceof Date ? value : new Date(value)).toISOString();

/**
 * A ListOpportunities summary as the source-neutral record. Partner Central has no opportunity
 * name in the summary (the project title needs GetOpportunity), so `name` is the customer's
 * company name: cheap in listings, and what Partner Central's own lists show first.
 */
export function mapOpportunitySummary(
  summary: OpportunitySummary,
  catalog: Catalog,
): OpportunityRecord {
  const opportunityId = summary.Id;
  if (!opportunityId) throw new Error('Partner Central opportunity summary without an Id');
  const spend = summary.Project?.ExpectedCustomerSpend?.[0];
  return {
    id: formatGlobalId({ kind: 'pc-opportunity', catalog, opportunityId }),
    source: UpstreamSource.PARTNER_CENTRAL,
    sourceId: opportunityId,
    name: summary.Customer?.Account?.CompanyName ?? null,
    stage: summary.LifeCycle?.Stage ?? null,
    amount: spend?.Amount
      ? { amount: spend.Amount, currencyCode: spend.CurrencyCode ?? null }
      : null,
    probability: null,
    createdAt: iso(summary.CreatedDate),
    lastModifiedAt: iso(summary.LastModifiedDate),
    details: { kind: 'partnerCentral', catalog, opportunityId, summary },
  };
}

export function mapInvitation(
  summary: InvitationWire,
  catalog: Catalog,
): PartnerCentralInvitationRecord {
  const invitationId = summary.Id;
  if (!invitationId) throw new Error('Partner Central invitation without an Id');
  // The Id member may hold an ARN (EngagementInvitationArnOrIdentifier); the global id wants the id.
  const shortId = invitationId.split('/').pop() ?? invitationId;
  return {
    id: formatGlobalId({ kind: 'pc-invitation', catalog, invitationId: shortId }),
    catalog,
    invitationId: shortId,
    summary,
    complete: '$metadata' in summary,
  };
}

/**
 * Upstream task statuses in the schema's one vocabulary (EngagementTaskStatus in schema.graphql):
 * accept tasks say COMPLETE, prospecting tasks (and their per-engagement results) COMPLETED
 * (docs/upstreams/partner-central.md#where-the-api-reference-pages-differ-from-the-model). An
 * unknown value reads as still running; an absent one stays absent.
 */
export function normaliseTaskStatus(value: string | null | undefined): EngagementTaskStatus | null {
  switch (value) {
    case undefined:
    case null:
      return null;
    case 'PENDING':
      return 'PENDING';
    case 'COMPLETE':
    case 'COMPLETED':
      return 'COMPLETE';
    case 'FAILED':
      return 'FAILED';
    default:
      return 'IN_PROGRESS';
  }
}

const taskStatus = (value: string | undefined): EngagementTaskStatus =>
  normaliseTaskStatus(value) ?? 'IN_PROGRESS';

type AcceptTaskWire =
  | ListEngagementByAcceptingInvitationTaskSummary
  | StartEngagementByAcceptingInvitationTaskCommandOutput;

export function mapAcceptTask(task: AcceptTaskWire, catalog: Catalog): PartnerCentralTaskRecord {
  const taskId = task.TaskId?.split('/').pop();
  if (!taskId) throw new Error('Partner Central accept task without a TaskId');
  return {
    id: formatGlobalId({ kind: 'pc-accept-task', catalog, taskId }),
    type: 'ACCEPT_ENGAGEMENT_INVITATION',
    catalog,
    taskId,
    taskArn: task.TaskArn ?? null,
    name: null,
    status: taskStatus(task.TaskStatus),
    startedAt: iso(task.StartTime),
    endedAt: null,
    reasonCode: task.ReasonCode ?? null,
    message: task.Message ?? null,
    invitationId: task.EngagementInvitationId ?? null,
    opportunityId: task.OpportunityId ?? null,
    resourceSnapshotJobId: task.ResourceSnapshotJobId ?? null,
    engagementResults: null,
    counts: null,
  };
}

/**
 * ProspectingTaskSummary has no status member
 * (docs/upstreams/partner-central.md#listprospectingfromengagementtasks): a task with an EndTime is
 * over, and it failed when every engagement failed.
 */
function summaryStatus(
  task: { EndTime?: Date | undefined },
  counts: { total: number; failed: number } | null,
): EngagementTaskStatus {
  if (!task.EndTime) return 'IN_PROGRESS';
  return counts && counts.total > 0 && counts.failed === counts.total ? 'FAILED' : 'COMPLETE';
}

function countResults(results: readonly { Status?: string | undefined }[]): {
  total: number;
  failed: number;
} {
  return {
    total: results.length,
    failed: results.filter((result) => normaliseTaskStatus(result.Status) === 'FAILED').length,
  };
}

type ProspectingTaskWire =
  | ProspectingTaskSummary
  | GetProspectingFromEngagementTaskCommandOutput
  | StartProspectingFromEngagementTaskCommandOutput;

export function mapProspectingTask(
  task: ProspectingTaskWire,
  catalog: Catalog,
): PartnerCentralTaskRecord {
  const taskId = task.TaskId;
  if (!taskId) throw new Error('Partner Central prospecting task without a TaskId');
  const results = 'Engagements' in task ? (task.Engagements ?? null) : null;
  const identifiers = 'Identifiers' in task ? (task.Identifiers ?? null) : null;
  const counts =
    'TotalEngagementCount' in task
      ? {
          total: task.TotalEngagementCount ?? 0,
          completed: task.CompletedEngagementCount ?? 0,
          failed: task.FailedEngagementCount ?? 0,
        }
      : null;
  return {
    id: formatGlobalId({ kind: 'pc-prospecting-task', catalog, taskId }),
    type: 'PROSPECTING_FROM_ENGAGEMENT',
    catalog,
    taskId,
    taskArn: task.TaskArn ?? null,
    name: task.TaskName ?? null,
    // A Get answer has results but no counts: count them, or a task whose every engagement
    // failed would read COMPLETE by id and FAILED in the listing.
    status:
      'TaskStatus' in task
        ? taskStatus(task.TaskStatus)
        : summaryStatus(task, counts ?? (results ? countResults(results) : null)),
    startedAt: iso(task.StartTime),
    endedAt: 'EndTime' in task ? iso(task.EndTime) : null,
    reasonCode: 'ReasonCode' in task ? (task.ReasonCode ?? null) : null,
    message: 'Message' in task ? (task.Message ?? null) : null,
    invitationId: null,
    opportunityId: null,
    resourceSnapshotJobId: null,
    engagementResults:
      results ??
      (identifiers
        ? identifiers.map((id) => ({ EngagementIdentifier: id, Status: 'PENDING' }))
        : null),
    counts,
  };
}
