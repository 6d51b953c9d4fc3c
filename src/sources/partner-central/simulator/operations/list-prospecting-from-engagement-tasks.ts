/**
 * ListProspectingFromEngagementTasks
 * (docs/upstreams/partner-central.md#listprospectingfromengagementtasks). Simulator choices:
 * TaskName matches the whole name, case-sensitively; StartAfter is inclusive and StartBefore
 * exclusive, like the other date filters; default order StartTime DESCENDING; TaskName sorts by
 * code units; FailedEngagementCount by the count at the time of the request; ties by TaskId.
 */
import type { ProspectingTaskRecord } from '../data/records.js';
import { pageOf } from '../listing/paging.js';
import { sortItems, type SortValue } from '../listing/sort.js';
import { prospectingTaskSummary } from '../shapes/task-shapes.js';
import { countResults } from '../tasks/prospecting-task.js';
import { parseRfc3339 } from '../timestamps.js';
import {
  CATALOG_IDENTIFIER,
  NEXT_TOKEN,
  PAGE_SIZE,
  PROSPECTING_TASK_IDENTIFIER,
  PROSPECTING_TASK_SORT_NAME,
  SORT_ORDER,
  TASK_NAME,
} from '../validation/model-shapes.js';
import { integer, listOf, optional, required, structure, timestamp } from '../validation/rules.js';
import { defineOperation } from './operation.js';

type SortName = 'StartTime' | 'TaskName' | 'FailedEngagementCount';

interface ListProspectingInput {
  readonly Catalog: string;
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly TaskIdentifier?: readonly string[];
  readonly TaskName?: readonly string[];
  readonly StartAfter?: string;
  readonly StartBefore?: string;
  readonly Sort?: { readonly SortOrder: 'ASCENDING' | 'DESCENDING'; readonly SortBy: SortName };
}

const input = structure({
  Catalog: required(CATALOG_IDENTIFIER),
  MaxResults: optional(integer(PAGE_SIZE.min, PAGE_SIZE.max)),
  NextToken: optional(NEXT_TOKEN),
  TaskIdentifier: optional(listOf(PROSPECTING_TASK_IDENTIFIER, { max: 10 })),
  TaskName: optional(listOf(TASK_NAME, { max: 10 })),
  StartAfter: optional(timestamp()),
  StartBefore: optional(timestamp()),
  Sort: optional(
    structure({ SortOrder: required(SORT_ORDER), SortBy: required(PROSPECTING_TASK_SORT_NAME) }),
  ),
});

const SORT_KEYS: Record<SortName, (task: ProspectingTaskRecord) => SortValue> = {
  StartTime: (task) => task.startMs,
  TaskName: (task) => task.TaskName,
  FailedEngagementCount: (task) => countResults(task, 'FAILED'),
};

const within = (values: readonly string[] | undefined, value: string): boolean =>
  values === undefined || values.length === 0 || values.includes(value);

export const listProspectingFromEngagementTasks = defineOperation<ListProspectingInput>(
  'ListProspectingFromEngagementTasks',
  input,
  (request, { catalog, state, nowMs }) => {
    const after =
      request.StartAfter === undefined ? -Infinity : (parseRfc3339(request.StartAfter) ?? NaN);
    const before =
      request.StartBefore === undefined ? Infinity : (parseRfc3339(request.StartBefore) ?? NaN);
    const matches = (task: ProspectingTaskRecord): boolean =>
      within(request.TaskIdentifier, task.TaskId) &&
      within(request.TaskName, task.TaskName) &&
      task.startMs >= after &&
      task.startMs < before;
    const sort = request.Sort ?? { SortBy: 'StartTime', SortOrder: 'DESCENDING' };
    const sorted = sortItems(
      catalog.prospectingTasks.filter(matches),
      SORT_KEYS[sort.SortBy],
      sort.SortOrder === 'DESCENDING',
      (task) => task.TaskId,
    );
    const page = pageOf(
      sorted,
      'ListProspectingFromEngagementTasks',
      { ...request },
      {
        tokens: state.tokens,
        nowMs,
      },
    );
    return { TaskSummaries: page.items.map(prospectingTaskSummary), NextToken: page.NextToken };
  },
);
