import { notFoundAsNull } from '../../../core/http/index.js';
import DataLoader from 'dataloader';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { PartnerCentralInvitationRecord } from '../wire-types.js';
import type { CallContext } from '../../../core/http/index.js';
import { mapInvitation } from '../mapper.js';
import type { PartnerCentralService } from '../service.js';

export interface EngagementInvitationKey {
  catalog: Catalog;
  invitationId: string;
}

export type EngagementInvitationLoader = DataLoader<
  EngagementInvitationKey,
  PartnerCentralInvitationRecord | null,
  string
>;

/**
 * Invitations by id through GetEngagementInvitation (ListEngagementInvitations cannot filter by
 * invitation id), one call per distinct id per request. The full answer is kept, so payload fields
 * need no second call.
 */
export function createEngagementInvitationLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): EngagementInvitationLoader {
  return new DataLoader(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          partnerCentral.client
            .getEngagementInvitation({ Catalog: key.catalog, Identifier: key.invitationId }, call)
            .then((output) => mapInvitation(output, key.catalog))
            .catch((error: unknown) => {
              return notFoundAsNull(error);
            }),
        ),
      ),
    { cacheKeyFn: (key) => `${key.catalog}:${key.invitationId}` },
  );
}
