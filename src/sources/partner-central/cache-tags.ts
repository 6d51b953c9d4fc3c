import type { Catalog } from '../../core/domain/catalog.js';
import { UpstreamSource } from '../../core/errors/index.js';

/** Every Partner Central listing page carries this tag: a write through the API drops them all. */
export const PARTNER_CENTRAL_LISTINGS_TAG = `${UpstreamSource.PARTNER_CENTRAL}:listings`;

/*
 * Cache tags of records: their public global ids, spelled here without formatGlobalId's pattern
 * check, so a look-up of an id off the pattern (an ARN an upstream answer named) is still tagged
 * rather than failing its batch. For every id that has a global id, the strings are the same.
 */
export const opportunityTag = (catalog: Catalog, opportunityId: string) =>
  `pc:${catalog}:${opportunityId}`;
export const invitationTag = (catalog: Catalog, invitationId: string) =>
  `pc-invitation:${catalog}:${invitationId.split('/').pop() ?? invitationId}`;
