import { notFoundAsNull } from '../../../core/http/index.js';
import type { GetOpportunityCommandOutput } from '@aws-sdk/client-partnercentral-selling';
import DataLoader from 'dataloader';
import type { CallContext } from '../../../core/http/index.js';
import type { PartnerCentralService } from '../service.js';
import { opportunityKey, type PartnerCentralOpportunityKey } from './opportunity.loader.js';

export type PartnerCentralOpportunityDetailLoader = DataLoader<
  PartnerCentralOpportunityKey,
  GetOpportunityCommandOutput | null,
  string
>;

/**
 * GetOpportunity, for fields the list summary lacks. There is no batch form, so a request costs one
 * call per distinct opportunity, and only when such a field is selected. A missing opportunity is
 * null; any other failure rejects only its own key (the DataLoader contract: one result per key).
 */
export function createPartnerCentralOpportunityDetailLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): PartnerCentralOpportunityDetailLoader {
  return new DataLoader(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          partnerCentral.client
            .getOpportunity({ Catalog: key.catalog, Identifier: key.opportunityId }, call)
            .catch((error: unknown) => {
              return notFoundAsNull(error);
            }),
        ),
      ),
    { cacheKeyFn: opportunityKey },
  );
}
