import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import { mapAccountEngagementOpportunity } from '../mapper.js';
import type { CallContext } from '../../../core/http/index.js';
import type { AccountEngagementService } from '../service.js';
import type { FoundOpportunities } from './opportunities-by-id.js';

export interface AccountEngagementOpportunityKey {
  opportunityId: number;
  /** `output=full` carries the prospects; `simple` is enough otherwise. */
  withProspects: boolean;
}

export type AccountEngagementOpportunityLoader = DataLoader<
  AccountEngagementOpportunityKey,
  OpportunityRecord | null,
  string
>;

/**
 * Opportunities by id, by the cheapest plan per batch: the shared cache first (per output level),
 * then the misses through the process-wide by-id reads (opportunities-by-id.ts), where ids of
 * requests waiting for one of the five concurrency slots merge: ids within a span of 200 share
 * one `query` (`id_greater_than`/`id_less_than`, limit 200), lone ids are `read`. Deleted or
 * missing ids resolve to null; a failed call fails only the ids it carried.
 */
export function createAccountEngagementOpportunityLoader(
  accountEngagement: AccountEngagementService,
  call: CallContext,
): AccountEngagementOpportunityLoader {
  const { cache, opportunitiesById } = accountEngagement;

  function fetchLevel(ids: number[], withProspects: boolean): Promise<FoundOpportunities> {
    const output = withProspects ? 'full' : 'simple';
    return cache.opportunities(ids, output, call, (misses) =>
      opportunitiesById.load(misses, output, call),
    );
  }

  return new DataLoader(
    tracedBatch('accountEngagement.opportunity', async (keys) => {
      const levels = await Promise.all(
        [false, true].map((withProspects) =>
          fetchLevel(
            keys
              .filter((key) => key.withProspects === withProspects)
              .map((key) => key.opportunityId),
            withProspects,
          ),
        ),
      );
      return keys.map((key) => {
        const found = levels[key.withProspects ? 1 : 0]!.get(key.opportunityId);
        if (found instanceof Error) return found;
        return found ? mapAccountEngagementOpportunity(found) : null;
      });
    }),
    { cacheKeyFn: (key) => `${key.opportunityId}:${key.withProspects ? 'full' : 'simple'}` },
  );
}
