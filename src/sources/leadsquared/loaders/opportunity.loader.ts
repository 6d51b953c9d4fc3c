import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import type { CallContext } from '../../../core/http/index.js';
import { refKey } from '../client.js';
import { ALWAYS_OPPORTUNITY_COLUMNS, normaliseColumns } from '../columns.js';
import { mapOpportunity } from '../mapper.js';
import type { LeadSquaredService } from '../service.js';

export interface LeadSquaredOpportunityKey {
  eventCode: number;
  prospectActivityId: string;
  /** Include_CSV columns this caller needs (normalised). */
  columns: readonly string[];
}

/**
 * A column list's part of the cache key, once per list rather than once per key: the 2,000 keys of
 * a `nodes` call share the one list their field's plan made. Lists are never changed after a
 * load, so one kept by identity stays right.
 */
const columnsKeys = new WeakMap<readonly string[], string>();

function columnsKey(columns: readonly string[]): string {
  let key = columnsKeys.get(columns);
  if (key === undefined) {
    key = normaliseColumns(columns).join(',');
    columnsKeys.set(columns, key);
  }
  return key;
}

export type LeadSquaredOpportunityLoader = DataLoader<
  LeadSquaredOpportunityKey,
  OpportunityRecord | null,
  string
>;

/**
 * All LeadSquared opportunity look-ups of one GraphQL request become one GetOpportunitiesById call
 * per 2,000 distinct ids, asking for the union of the columns every caller needs. An id asked for
 * with two column sets is sent once. A missing id, or one filed under another event code than the
 * id says, resolves to null: ids are `lsq:<EventCode>:<id>` and must stay canonical.
 */
export function createLeadSquaredOpportunityLoader(
  leadSquared: LeadSquaredService,
  call: CallContext,
): LeadSquaredOpportunityLoader {
  return new DataLoader(
    tracedBatch('leadSquared.opportunity', async (keys) => {
      // The keys of one field share one column list: each distinct list is read once.
      const lists = new Set<readonly string[]>();
      for (const key of keys) lists.add(key.columns);
      const columns = normaliseColumns([ALWAYS_OPPORTUNITY_COLUMNS, ...lists].flat());
      const rows = await leadSquared.client.getOpportunitiesByIdInOrder(keys, columns, call);
      return keys.map((key, index) => {
        const row = rows[index];
        return row ? mapOpportunity(row, key.eventCode, leadSquared.config.columns) : null;
      });
    }),
    {
      cacheKeyFn: (key) =>
        `${refKey(key.eventCode, key.prospectActivityId)}|${columnsKey(key.columns)}`,
    },
  );
}
