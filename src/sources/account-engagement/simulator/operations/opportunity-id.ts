/**
 * The `id` of read/update/delete/undelete (`…/do/<action>/id/<id>`, or an `id` parameter): not
 * an integer → 16 "Invalid ID", absent → 13, unknown → 35 "Invalid opportunity ID". Deleted
 * opportunities count as unknown except for undelete.
 */
import type { AccountEngagementDataset } from '../data/dataset.js';
import type { OpportunityRecord } from '../data/records.js';
import { pardotError } from '../errors.js';
import type { RequestParams } from '../request/params.js';
import { integerParam, readParams } from '../validation/param-rules.js';

const ID_PARAMS = { id: integerParam(16) };

export function opportunityIdOf(params: RequestParams): number {
  const { id } = readParams(params, ID_PARAMS, { nowMs: 0 });
  if (id === undefined) throw pardotError(13);
  return id;
}

export function liveOpportunityOf(
  params: RequestParams,
  dataset: AccountEngagementDataset,
): OpportunityRecord {
  const record = dataset.liveOpportunity(opportunityIdOf(params));
  if (record === undefined) throw pardotError(35);
  return record;
}
