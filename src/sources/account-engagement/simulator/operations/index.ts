/** Every served operation by its name (`<object>.<action>`, as routes.ts builds it). */
import { opportunityCreate } from './opportunity-create.js';
import { opportunityDelete, opportunityUndelete } from './opportunity-delete.js';
import { opportunityQuery } from './opportunity-query.js';
import { opportunityRead } from './opportunity-read.js';
import { opportunityUpdate } from './opportunity-update.js';
import type { Operation } from './operation.js';
import { prospectQuery } from './prospect-query.js';
import { prospectRead } from './prospect-read.js';

export const OPERATION_HANDLERS: ReadonlyMap<string, Operation> = new Map(
  [
    opportunityQuery,
    opportunityRead,
    opportunityCreate,
    opportunityUpdate,
    opportunityDelete,
    opportunityUndelete,
    prospectRead,
    prospectQuery,
  ].map((operation) => [operation.name, operation]),
);
