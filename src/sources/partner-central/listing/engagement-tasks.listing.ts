import type { Context } from '../../../context.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { EngagementTaskType } from '../engagement-records.js';
import type { PartnerCentralTaskRecord } from '../wire-types.js';
import { parseEngagementInvitationId } from '../../../core/domain/ids.js';
import { assertNever } from '../../../core/errors/index.js';
import {
  collectTokenPage,
  decodeOptionalCursor,
  resolveFirst,
  type Connection,
  type TokenPage,
} from '../../../core/pagination/index.js';
import { mapAcceptTask, mapProspectingTask } from '../mapper.js';
import type { TaskFilter } from './engagement-filters.js';
import { SortDirection } from '../../../core/domain/enums.js';
import { allMatch, atMost, notFor } from '../../../core/pagination/list-limits.js';
import {
  PC_ACCEPT_TASK_ID_PATTERN as ACCEPT_TASK_ID,
  PC_OPPORTUNITY_ID_PATTERN as OPPORTUNITY_ID,
  PC_PROSPECTING_TASK_ID_PATTERN as PROSPECTING_TASK_ID,
} from '../../../core/domain/id-parts.js';

type FetchTasks = (token: string | null) => Promise<TokenPage<PartnerCentralTaskRecord>>;

/*
 * Task lists are never cached: a task's status moves on by itself upstream, with no write here to
 * invalidate it. Identical pages in flight at the same moment still share one call.
 */

/**
 * The two task lists take different filters (docs/upstreams/partner-central.md#operations); each is
 * validated for its own.
 */
function acceptTaskFetcher(catalog: Catalog, filter: TaskFilter | null | undefined, ctx: Context) {
  notFor(filter?.taskNames, 'filter.taskNames', 'ACCEPT_ENGAGEMENT_INVITATION tasks');
  notFor(filter?.startedAfter, 'filter.startedAfter', 'ACCEPT_ENGAGEMENT_INVITATION tasks');
  notFor(filter?.startedBefore, 'filter.startedBefore', 'ACCEPT_ENGAGEMENT_INVITATION tasks');
  const statuses = atMost(filter?.statuses, 3, 'filter.statuses');
  const taskIds = atMost(filter?.taskIds, 10, 'filter.taskIds');
  allMatch(taskIds, ACCEPT_TASK_ID, 'filter.taskIds', 'must match task-[0-9a-z]{13}');
  const opportunityIds = atMost(filter?.opportunityIds, 10, 'filter.opportunityIds');
  allMatch(opportunityIds, OPPORTUNITY_ID, 'filter.opportunityIds', 'must match O[0-9]{1,19}');
  const invitationIds = atMost(filter?.invitationIds, 10, 'filter.invitationIds')?.map(
    (id, index) => parseEngagementInvitationId(id, `filter.invitationIds[${index}]`).invitationId,
  );
  const input = {
    Catalog: catalog,
    ...(statuses ? { TaskStatus: statuses } : {}),
    ...(taskIds ? { TaskIdentifier: taskIds } : {}),
    ...(opportunityIds ? { OpportunityIdentifier: opportunityIds } : {}),
    ...(invitationIds ? { EngagementInvitationIdentifier: invitationIds } : {}),
    Sort: {
      SortBy: 'StartTime' as const,
      SortOrder:
        filter?.direction === SortDirection.ASC ? ('ASCENDING' as const) : ('DESCENDING' as const),
    },
  };
  const fetch: FetchTasks = async (token) => {
    const { client, reads } = ctx.services.partnerCentral;
    const pageInput = { ...input, MaxResults: 100, ...(token ? { NextToken: token } : {}) };
    const page = await reads.uncached(
      'ListEngagementByAcceptingInvitationTasks',
      pageInput,
      ctx.call,
      async (call) => {
        const answer = await client.listEngagementByAcceptingInvitationTasks(pageInput, call);
        return {
          items: (answer.TaskSummaries ?? []).map((task) => mapAcceptTask(task, catalog)),
          nextToken: answer.NextToken ?? null,
        };
      },
    );
    await reads.acceptTasks.observe(page.items);
    return page;
  };
  return { input, fetch };
}

function prospectingTaskFetcher(
  catalog: Catalog,
  filter: TaskFilter | null | undefined,
  ctx: Context,
) {
  const what = 'PROSPECTING_FROM_ENGAGEMENT tasks';
  notFor(filter?.statuses, 'filter.statuses', what);
  notFor(filter?.invitationIds, 'filter.invitationIds', what);
  notFor(filter?.opportunityIds, 'filter.opportunityIds', what);
  const taskIds = atMost(filter?.taskIds, 10, 'filter.taskIds');
  allMatch(taskIds, PROSPECTING_TASK_ID, 'filter.taskIds', 'must match task-[0-9a-z]{14}');
  const taskNames = atMost(filter?.taskNames, 10, 'filter.taskNames');
  allMatch(taskNames, /^[\s\S]{1,128}$/, 'filter.taskNames', 'must be 1 to 128 characters');
  const input = {
    Catalog: catalog,
    ...(taskIds ? { TaskIdentifier: taskIds } : {}),
    ...(taskNames ? { TaskName: taskNames } : {}),
    ...(filter?.startedAfter ? { StartAfter: filter.startedAfter } : {}),
    ...(filter?.startedBefore ? { StartBefore: filter.startedBefore } : {}),
    Sort: {
      SortBy: 'StartTime' as const,
      SortOrder:
        filter?.direction === SortDirection.ASC ? ('ASCENDING' as const) : ('DESCENDING' as const),
    },
  };
  const fetch: FetchTasks = (token) => {
    const { client, reads } = ctx.services.partnerCentral;
    const pageInput = { ...input, MaxResults: 100, ...(token ? { NextToken: token } : {}) };
    return reads.uncached(
      'ListProspectingFromEngagementTasks',
      pageInput,
      ctx.call,
      async (call) => {
        const answer = await client.listProspectingFromEngagementTasks(pageInput, call);
        return {
          items: (answer.TaskSummaries ?? []).map((task) => mapProspectingTask(task, catalog)),
          nextToken: answer.NextToken ?? null,
        };
      },
    );
  };
  return { input, fetch };
}

/** `engagementTasks`: Relay over the task list of the given type. */
export async function listEngagementTasks(
  args: {
    catalog: Catalog;
    type: EngagementTaskType;
    first?: number | null;
    after?: string | null;
    filter?: TaskFilter | null;
  },
  ctx: Context,
): Promise<Connection<PartnerCentralTaskRecord>> {
  const first = resolveFirst(args.first);
  let fetcher: { input: object; fetch: FetchTasks };
  switch (args.type) {
    case 'ACCEPT_ENGAGEMENT_INVITATION':
      fetcher = acceptTaskFetcher(args.catalog, args.filter, ctx);
      break;
    case 'PROSPECTING_FROM_ENGAGEMENT':
      fetcher = prospectingTaskFetcher(args.catalog, args.filter, ctx);
      break;
    default:
      return assertNever(args.type, 'engagement task type');
  }
  const binding = { connection: 'engagementTasks', type: args.type, input: fetcher.input };
  return collectTokenPage({
    after: decodeOptionalCursor(args.after, binding),
    first,
    binding,
    fetchPage: fetcher.fetch,
  });
}
