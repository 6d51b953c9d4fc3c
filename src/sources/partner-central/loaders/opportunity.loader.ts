import DataLoader from 'dataloader';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import type { CallContext } from '../../../core/http/index.js';
import { mapOpportunitySummary } from '../mapper.js';
import type { PartnerCentralService } from '../service.js';
import { opportunityTag } from '../cache-tags.js';

export interface PartnerCentralOpportunityKey {
  catalog: Catalog;
  opportunityId: string;
}

export type PartnerCentralOpportunityLoader = DataLoader<
  PartnerCentralOpportunityKey,
  OpportunityRecord | null,
  string
>;

/**
 * ListOpportunities takes at most 20 values in its Identifier filter
 * (docs/upstreams/partner-central.md#listopportunities).
 */
export const MAX_IDENTIFIERS_PER_CALL = 20;

export const opportunityKey = (key: PartnerCentralOpportunityKey) =>
  `${key.catalog}:${key.opportunityId}`;

/**
 * Partner Central opportunities by id: the shared cache first (record TTL), then the ids it does
 * not hold, grouped per catalog and sent as ListOpportunities Identifier filters of 20 (50 ids:
 * 20 + 20 + 10, three calls in parallel); what they return is cached, each record tagged with its
 * global id. The summary carries every field the list has; GetOpportunity-only fields load
 * separately on demand.
 */
export function createPartnerCentralOpportunityLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): PartnerCentralOpportunityLoader {
  const { reads } = partnerCentral;
  const cacheKeyOf = (key: PartnerCentralOpportunityKey) =>
    reads.recordKey('opportunity', [key.catalog, key.opportunityId]);
  return new DataLoader(
    async (keys) => {
      const cached = await reads.cachedRecords<OpportunityRecord>(keys.map(cacheKeyOf), call);
      const byCatalog = new Map<Catalog, string[]>();
      keys.forEach((key, index) => {
        if (cached[index] !== undefined) return;
        const ids = byCatalog.get(key.catalog) ?? [];
        if (!ids.includes(key.opportunityId)) ids.push(key.opportunityId);
        byCatalog.set(key.catalog, ids);
      });
      const readStartedAt = Date.now();
      const calls: Promise<OpportunityRecord[]>[] = [];
      for (const [catalog, ids] of byCatalog) {
        for (let start = 0; start < ids.length; start += MAX_IDENTIFIERS_PER_CALL) {
          calls.push(
            listByIdentifiers(catalog, ids.slice(start, start + MAX_IDENTIFIERS_PER_CALL)),
          );
        }
      }
      const fetched = (await Promise.all(calls)).flat();
      await reads.storeRecords(
        fetched.flatMap((record) =>
          record.details.kind === 'partnerCentral'
            ? [{ key: cacheKeyOf(record.details), value: record, globalId: record.id }]
            : [],
        ),
        readStartedAt,
      );
      const found = new Map(fetched.map((record) => [record.id, record]));
      return keys.map(
        (key, index) =>
          cached[index] ?? found.get(opportunityTag(key.catalog, key.opportunityId)) ?? null,
      );
    },
    { cacheKeyFn: opportunityKey },
  );

  async function listByIdentifiers(catalog: Catalog, ids: string[]): Promise<OpportunityRecord[]> {
    const records: OpportunityRecord[] = [];
    let nextToken: string | undefined;
    // One page holds all 20 (MaxResults 20); NextToken is followed anyway rather than trusted away.
    do {
      const page = await partnerCentral.client.listOpportunities(
        {
          Catalog: catalog,
          Identifier: ids,
          MaxResults: MAX_IDENTIFIERS_PER_CALL,
          NextToken: nextToken,
        },
        call,
      );
      records.push(
        ...(page.OpportunitySummaries ?? []).map((summary) =>
          mapOpportunitySummary(summary, catalog),
        ),
      );
      nextToken = page.NextToken || undefined;
    } while (nextToken);
    return records;
  }
}
