import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { ProspectRecord } from '../../../core/domain/prospect.js';
import type { CallContext } from '../../../core/http/index.js';
import { DEFAULT_LEAD_COLUMNS, normaliseColumns } from '../columns.js';
import { mapLead } from '../mapper.js';
import type { LeadSquaredService } from '../service.js';

export interface LeadSquaredLeadKey {
  prospectId: string;
  /** Columns beyond DEFAULT_LEAD_COLUMNS (from `field(name:)`). */
  columns: readonly string[];
}

export type LeadSquaredLeadLoader = DataLoader<LeadSquaredLeadKey, ProspectRecord | null, string>;

/** All lead look-ups of one request become one Leads/Retrieve/ByIds call per 10,000 ids. */
export function createLeadSquaredLeadLoader(
  leadSquared: LeadSquaredService,
  call: CallContext,
): LeadSquaredLeadLoader {
  return new DataLoader(
    tracedBatch('leadSquared.lead', async (keys) => {
      const columns = normaliseColumns([
        ...DEFAULT_LEAD_COLUMNS,
        ...keys.flatMap((key) => key.columns),
      ]);
      const found = await leadSquared.client.getLeadsByIds(
        keys.map((key) => key.prospectId),
        columns,
        call,
      );
      return keys.map((key) => {
        const row = found.get(key.prospectId.toLowerCase());
        return row ? mapLead(row) : null;
      });
    }),
    {
      cacheKeyFn: (key) =>
        `${key.prospectId.toLowerCase()}|${normaliseColumns(key.columns).join(',')}`,
    },
  );
}
