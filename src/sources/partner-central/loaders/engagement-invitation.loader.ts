import { asKeyError } from '../../../core/http/index.js';
import DataLoader from 'dataloader';
import { tracedBatch } from '../../../core/telemetry/trace-spans.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { PartnerCentralInvitationRecord } from '../wire-types.js';
import type { CallContext } from '../../../core/http/index.js';
import { mapInvitation } from '../mapper.js';
import type { PartnerCentralService } from '../service.js';
import { invitationTag } from '../cache-tags.js';
import { absentAsNull } from '../shared-reads.js';

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
 * invitation id), one call per distinct id, and only for ids the shared cache does not hold (record
 * TTL; look-ups of one id by many requests at once share one call). The full answer is kept, so
 * payload fields need no second call.
 */
export function createEngagementInvitationLoader(
  partnerCentral: PartnerCentralService,
  call: CallContext,
): EngagementInvitationLoader {
  const { client, reads } = partnerCentral;
  return new DataLoader(
    tracedBatch('partnerCentral.engagementInvitation', (keys) =>
      Promise.all(
        keys.map((key) =>
          reads
            .record(
              'invitation',
              [key.catalog, key.invitationId],
              invitationTag(key.catalog, key.invitationId),
              call,
              (shared) =>
                client
                  .getEngagementInvitation(
                    { Catalog: key.catalog, Identifier: key.invitationId },
                    shared,
                  )
                  .then((output) => mapInvitation(output, key.catalog), absentAsNull),
            )
            .catch(asKeyError),
        ),
      ),
    ),
    { cacheKeyFn: (key) => `${key.catalog}:${key.invitationId}` },
  );
}
