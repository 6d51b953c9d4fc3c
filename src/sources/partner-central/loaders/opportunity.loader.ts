import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import { asKeyError, type CallContext } from '../../../core/http/index.js';
import type { PartnerCentralService } from '../service.js';

export interface PartnerCentralOpportunityKey {
  catalog: Catalog;
  opportunityId: string;
}

export type PartnerCentralOpportunityLoader = DataLoader<
  PartnerCentralOpportunityKey,
  OpportunityRecord | null,
  string
>;

export const opportunityKey = (key: PartnerCentralOpportunityKey) =>
  `${key.catalog}:${key.opportunityId}`;

/**
 * Partner Central opportunities by id: the ids of one request, grouped per catalog, go to the
 * process-wide PartnerCentralOpportunitiesById, which answers from the shared cache and sends the
 * misses of every waiting request as ListOpportunities Identifier filters of 20 (50 ids of one
 * request: 20 + 20 + 10). A catalog that fails fails only its own keys. The summary carries every
 * field the list has; GetOpportunity-only fields load separately on demand.
 */
export function createPartnerCentralOpportunityLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): PartnerCentralOpportunityLoader {
  return new DataLoader(
    tracedBatch('partnerCentral.opportunity', async (keys) => {
      const byCatalog = new Map<Catalog, string[]>();
      for (const key of keys) {
        byCatalog.set(key.catalog, [...(byCatalog.get(key.catalog) ?? []), key.opportunityId]);
      }
      const answers = new Map(
        await Promise.all(
          [...byCatalog].map(async ([catalog, ids]) => {
            const found = await partnerCentral.opportunitiesById
              .load(catalog, ids, call)
              .catch(asKeyError);
            return [catalog, found] as const;
          }),
        ),
      );
      return keys.map((key) => {
        const found = answers.get(key.catalog)!;
        return found instanceof Error ? found : (found.get(key.opportunityId) ?? null);
      });
    }),
    { cacheKeyFn: opportunityKey },
  );
}
