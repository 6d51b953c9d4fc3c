/**
 * GetEngagementInvitation (docs/upstreams/partner-central.md#getengagementinvitation): the full
 * invitation with its `Payload` and `Receiver` unions. Identifier is the invitation id or its exact
 * ARN; one from another catalog is not found.
 */
import { resourceNotFound } from '../errors.js';
import type { CatalogData } from '../data/catalog-data.js';
import type { InvitationRecord } from '../data/records.js';
import { engagementInvitation } from '../shapes/invitation-shapes.js';
import {
  CATALOG_IDENTIFIER,
  ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER,
} from '../validation/model-shapes.js';
import { required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface GetEngagementInvitationInput {
  readonly Catalog: string;
  readonly Identifier: string;
}

export function findInvitation(catalog: CatalogData, idOrArn: string): InvitationRecord {
  const invitation = catalog.invitation(idOrArn);
  if (invitation === undefined) {
    throw resourceNotFound(
      `Engagement invitation ${idOrArn} was not found in catalog ${catalog.catalog}`,
    );
  }
  return invitation;
}

export const getEngagementInvitation = defineOperation<GetEngagementInvitationInput>(
  'GetEngagementInvitation',
  structure({
    Catalog: required(CATALOG_IDENTIFIER),
    Identifier: required(ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER),
  }),
  (request, { catalog }) => engagementInvitation(findInvitation(catalog, request.Identifier)),
);
