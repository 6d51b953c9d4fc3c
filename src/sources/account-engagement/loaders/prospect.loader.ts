import { asKeyError } from '../../../core/http/index.js';
import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { ProspectRecord } from '../../../core/domain/prospect.js';
import { mapAccountEngagementProspect } from '../mapper.js';
import type { WireProspect } from '../wire.js';
import type { CallContext } from '../../../core/http/index.js';
import type { AccountEngagementService } from '../service.js';
import { MAX_RANGE_SPAN, planIdRanges } from './id-range-plan.js';

export type AccountEngagementProspectLoader = DataLoader<number, ProspectRecord | null>;

/**
 * Prospects by id with the same plan as opportunities: the shared cache first, then for the misses
 * close ids share a `query`, lone ids are `read`.
 */
export function createAccountEngagementProspectLoader(
  accountEngagement: AccountEngagementService,
  call: CallContext,
): AccountEngagementProspectLoader {
  const { client, cache } = accountEngagement;

  async function fetchUpstream(ids: number[]): Promise<Map<number, WireProspect | Error>> {
    const plan = planIdRanges(ids);
    const found = new Map<number, WireProspect | Error>();
    await Promise.all([
      ...plan.ranges.map(async ({ first, last }) => {
        const page = await client.queryProspects(
          {
            idGreaterThan: first - 1,
            idLessThan: last + 1,
            sortBy: 'id',
            sortOrder: 'ascending',
            limit: MAX_RANGE_SPAN,
          },
          call,
        );
        for (const prospect of page.prospects) found.set(prospect.id, prospect);
      }),
      ...plan.singles.map(async (id) => {
        try {
          const prospect = await client.readProspect(id, call);
          if (prospect) found.set(id, prospect);
        } catch (error) {
          found.set(id, asKeyError(error));
        }
      }),
    ]);
    return found;
  }

  return new DataLoader(
    tracedBatch('accountEngagement.prospect', async (ids) => {
      const found = await cache.prospects(ids, call, fetchUpstream);
      return ids.map((id) => {
        const prospect = found.get(id);
        if (prospect instanceof Error) return prospect;
        return prospect ? mapAccountEngagementProspect(prospect) : null;
      });
    }),
  );
}
