/**
 * GetProspectingFromEngagementTask
 * (docs/upstreams/partner-central.md#getprospectingfromengagementtask): the task with one result
 * per engagement (EngagementContextId when COMPLETED, ReasonCode and Message when FAILED) and
 * EndTime once done.
 */
import { resourceNotFound } from '../errors.js';
import { prospectingTask } from '../shapes/task-shapes.js';
import { CATALOG_IDENTIFIER, PROSPECTING_TASK_IDENTIFIER } from '../validation/model-shapes.js';
import { required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface GetProspectingInput {
  readonly Catalog: string;
  readonly TaskIdentifier: string;
}

export const getProspectingFromEngagementTask = defineOperation<GetProspectingInput>(
  'GetProspectingFromEngagementTask',
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    TaskIdentifier: required(PROSPECTING_TASK_IDENTIFIER),
  }),
  (request, { catalog }) => {
    const task = catalog.prospectingTask(request.TaskIdentifier);
    if (task === undefined) {
      throw resourceNotFound(
        `Prospecting task ${request.TaskIdentifier} was not found in catalog ${catalog.catalog}`,
      );
    }
    return prospectingTask(task);
  },
);
