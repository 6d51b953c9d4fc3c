import { asKeyError } from '../../../core/http/index.js';
import DataLoader from 'dataloader';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import { mapAccountEngagementOpportunity } from '../mapper.js';
import type { WireOpportunity } from '../wire.js';
import type { CallContext } from '../../../core/http/index.js';
import type { AccountEngagementService } from '../service.js';
import { MAX_RANGE_SPAN, planIdRanges } from './id-range-plan.js';

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
 * then for the misses only, ids within a span of 200 share one `query` (`id_greater_than`/
 * `id_less_than`, limit 200), lone ids are `read` in parallel, queued by the client's five-slot
 * concurrency limit. Deleted or missing ids resolve to null.
 */
export function createAccountEngagementOpportunityLoader(
  accountEngagement: AccountEngagementService,
  call: CallContext,
): AccountEngagementOpportunityLoader {
  const { client, cache } = accountEngagement;

  function fetchLevel(
    ids: number[],
    withProspects: boolean,
  ): Promise<Map<number, WireOpportunity | Error>> {
    const output = withProspects ? 'full' : 'simple';
    return cache.opportunities(ids, output, call, (misses) => fetchUpstream(misses, output));
  }

  async function fetchUpstream(
    ids: number[],
    output: 'full' | 'simple',
  ): Promise<Map<number, WireOpportunity | Error>> {
    if (ids.length === 0) return new Map();
    const plan = planIdRanges(ids);
    const found = new Map<number, WireOpportunity | Error>();
    await Promise.all([
      ...plan.ranges.map(async ({ first, last }) => {
        const page = await client.queryOpportunities(
          {
            idGreaterThan: first - 1,
            idLessThan: last + 1,
            sortBy: 'id',
            sortOrder: 'ascending',
            limit: MAX_RANGE_SPAN,
            output,
          },
          call,
        );
        for (const opportunity of page.opportunities) found.set(opportunity.id, opportunity);
      }),
      ...plan.singles.map(async (id) => {
        try {
          const opportunity = await client.readOpportunity(id, output, call);
          if (opportunity) found.set(id, opportunity);
        } catch (error) {
          // One failed read fails only its own key (the DataLoader contract).
          found.set(id, asKeyError(error));
        }
      }),
    ]);
    return found;
  }

  return new DataLoader(
    async (keys) => {
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
    },
    { cacheKeyFn: (key) => `${key.opportunityId}:${key.withProspects ? 'full' : 'simple'}` },
  );
}
