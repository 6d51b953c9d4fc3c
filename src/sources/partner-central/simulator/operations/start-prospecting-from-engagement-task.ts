/**
 * StartProspectingFromEngagementTask
 * (docs/upstreams/partner-central.md#startprospectingfromengagementtask). Identifiers must name
 * 1..100 distinct engagements: the model allows an empty list, but a task over nothing is rejected
 * (NOT_ENOUGH_VALUES), as the service likely does (unverified), and a repeated identifier is
 * DUPLICATE_KEY_VALUE (simulator choices). Identifiers that are not engagements of the catalog do
 * not fail the request: their result FAILS (the documentation requires existing engagements but
 * leaves the check to the task). ClientToken replay as for the accept task. The answer's TaskStatus is PENDING.
 */
import { startProspectingTask } from '../tasks/prospecting-task.js';
import {
  CATALOG_IDENTIFIER,
  CLIENT_TOKEN,
  ENGAGEMENT_IDENTIFIER,
  TASK_NAME,
} from '../validation/model-shapes.js';
import { listOf, required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface StartProspectingInput {
  readonly Catalog: string;
  readonly Identifiers: readonly string[];
  readonly TaskName: string;
  readonly ClientToken: string;
}

const NAME = 'StartProspectingFromEngagementTask';

export const startProspectingFromEngagementTask = defineOperation<StartProspectingInput>(
  NAME,
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    Identifiers: required(listOf(ENGAGEMENT_IDENTIFIER, { min: 1, max: 100, unique: true })),
    TaskName: required(TASK_NAME),
    ClientToken: required(CLIENT_TOKEN),
  }),
  (request, { catalog, state, nowMs }) => {
    const scope = `${catalog.catalog}/${NAME}`;
    const replay = state.idempotency.replay(scope, request.ClientToken, { ...request });
    if (replay !== undefined) return replay;

    const task = startProspectingTask(
      catalog,
      { identifiers: request.Identifiers, taskName: request.TaskName },
      state.taskClock(nowMs),
    );
    const response = {
      Identifiers: task.Identifiers,
      TaskName: task.TaskName,
      StartTime: task.StartTime,
      TaskId: task.TaskId,
      TaskArn: task.TaskArn,
      TaskStatus: 'PENDING',
    };
    state.idempotency.remember(scope, request.ClientToken, { ...request }, response);
    return response;
  },
);
