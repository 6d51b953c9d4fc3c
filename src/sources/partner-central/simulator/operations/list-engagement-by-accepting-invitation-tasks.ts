/**
 * ListEngagementByAcceptingInvitationTasks
 * (docs/upstreams/partner-central.md#listengagementbyacceptinginvitationtasks): MaxResults 1..1000
 * (default 20, simulator choice), its own NextToken shape (1..2048 characters), sorted by StartTime
 * (default DESCENDING, ties by TaskId). Identifier filters accept ids or ARNs.
 */
import type { AcceptInvitationTaskRecord } from '../data/records.js';
import { pageOf } from '../listing/paging.js';
import { sortItems } from '../listing/sort.js';
import { acceptTaskSummary } from '../shapes/task-shapes.js';
import {
  CATALOG_IDENTIFIER,
  ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER,
  LIST_TASKS_SORT_NAME,
  LONG_NEXT_TOKEN,
  OPPORTUNITY_IDENTIFIER,
  SORT_ORDER,
  TASK_ARN_OR_IDENTIFIER,
  TASK_STATUS,
} from '../validation/model-shapes.js';
import { integer, listOf, optional, required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface ListAcceptTasksInput {
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Sort?: { readonly SortOrder: 'ASCENDING' | 'DESCENDING'; readonly SortBy: 'StartTime' };
  readonly Catalog: string;
  readonly TaskStatus?: readonly string[];
  readonly OpportunityIdentifier?: readonly string[];
  readonly EngagementInvitationIdentifier?: readonly string[];
  readonly TaskIdentifier?: readonly string[];
}

const input = structure({
  MaxResults: optional(integer(1, 1000)),
  NextToken: optional(LONG_NEXT_TOKEN),
  Sort: optional(
    structure({ SortOrder: required(SORT_ORDER), SortBy: required(LIST_TASKS_SORT_NAME) }),
  ),
  Catalog: required(CATALOG_IDENTIFIER),
  TaskStatus: optional(listOf(TASK_STATUS, { min: 1, max: 3 })),
  OpportunityIdentifier: optional(listOf(OPPORTUNITY_IDENTIFIER, { min: 1, max: 10 })),
  EngagementInvitationIdentifier: optional(
    listOf(ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER, { min: 1, max: 10 }),
  ),
  TaskIdentifier: optional(listOf(TASK_ARN_OR_IDENTIFIER, { min: 1, max: 10 })),
});

const within = (values: readonly string[] | undefined, ...candidates: (string | undefined)[]) =>
  values === undefined || candidates.some((value) => value !== undefined && values.includes(value));

export const listEngagementByAcceptingInvitationTasks = defineOperation<ListAcceptTasksInput>(
  'ListEngagementByAcceptingInvitationTasks',
  input,
  (request, { catalog, state, nowMs }) => {
    const invitationIds = request.EngagementInvitationIdentifier?.map(
      (idOrArn) => catalog.invitation(idOrArn)?.Id ?? idOrArn,
    );
    const matches = (task: AcceptInvitationTaskRecord): boolean =>
      within(request.TaskStatus, task.TaskStatus) &&
      within(request.OpportunityIdentifier, task.OpportunityId) &&
      within(invitationIds, task.EngagementInvitationId) &&
      within(request.TaskIdentifier, task.TaskId, task.TaskArn);
    const sorted = sortItems(
      catalog.acceptInvitationTasks.filter(matches),
      (task) => Date.parse(task.StartTime),
      (request.Sort?.SortOrder ?? 'DESCENDING') === 'DESCENDING',
      (task) => task.TaskId,
    );
    const page = pageOf(
      sorted,
      'ListEngagementByAcceptingInvitationTasks',
      { ...request },
      {
        tokens: state.tokens,
        nowMs,
      },
    );
    return { TaskSummaries: page.items.map(acceptTaskSummary), NextToken: page.NextToken };
  },
);
