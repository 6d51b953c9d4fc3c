import { asKeyError } from '../../../core/http/index.js';
import type { GetOpportunityCommandOutput } from '@aws-sdk/client-partnercentral-selling';
import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { CallContext } from '../../../core/http/index.js';
import type { PartnerCentralService } from '../service.js';
import { opportunityTag } from '../cache-tags.js';
import { absentAsNull } from '../shared-reads.js';
import { opportunityKey, type PartnerCentralOpportunityKey } from './opportunity.loader.js';

export type PartnerCentralOpportunityDetailLoader = DataLoader<
  PartnerCentralOpportunityKey,
  GetOpportunityCommandOutput | null,
  string
>;

/**
 * GetOpportunity, for fields the list summary lacks. There is no batch form, so a request costs one
 * call per distinct opportunity the shared cache does not hold (record TTL; its timestamps come
 * back from the cache as ISO strings, which the schema reads alike), and only when such a field is
 * selected. A missing opportunity is null; any other failure rejects only its own key (the
 * DataLoader contract: one result per key).
 */
export function createPartnerCentralOpportunityDetailLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): PartnerCentralOpportunityDetailLoader {
  const { client, reads } = partnerCentral;
  return new DataLoader(
    tracedBatch('partnerCentral.opportunityDetail', (keys) =>
      Promise.all(
        keys.map((key) =>
          reads
            .record(
              'opportunity-detail',
              [key.catalog, key.opportunityId],
              opportunityTag(key.catalog, key.opportunityId),
              call,
              (shared) =>
                client
                  .getOpportunity({ Catalog: key.catalog, Identifier: key.opportunityId }, shared)
                  .catch(absentAsNull),
            )
            .catch(asKeyError),
        ),
      ),
    ),
    { cacheKeyFn: opportunityKey },
  );
}
