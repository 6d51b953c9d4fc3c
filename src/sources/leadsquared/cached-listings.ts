import { UpstreamSource } from '../../core/errors/index.js';
import { liveCallContext, type CallContext } from '../../core/http/index.js';
import { canonicalJson } from '../../core/pagination/canonical-json.js';
import { cacheKey, type CachedReads, type SharedState } from '../../core/shared/index.js';
import { opportunityTag } from './opportunities-by-id.js';
import type { OpportunityListResponse } from './wire.js';

/** Every LeadSquared listing page carries this tag: a write to LeadSquared data drops them all. */
export const LEADSQUARED_LISTINGS_TAG = `${UpstreamSource.LEADSQUARED}:listings`;

/**
 * Listing pages (a search, a lead's opportunities) read through the shared cache for `ttlMs`, and
 * identical pages asked for at the same moment by many requests (a dashboard's ten clients) cost
 * one call. A page is tagged with the ids it holds and the listings tag.
 */
export class CachedListings {
  readonly #reads: CachedReads;

  constructor(
    state: SharedState,
    private readonly ttlMs: number,
  ) {
    this.#reads = state.cachedReads({
      source: UpstreamSource.LEADSQUARED,
      displayName: 'LeadSquared',
    });
  }

  read(
    request: unknown,
    eventCode: number,
    ctx: CallContext,
    fetch: (call: CallContext) => Promise<OpportunityListResponse>,
  ): Promise<OpportunityListResponse> {
    return this.#reads.read({
      key: cacheKey(UpstreamSource.LEADSQUARED, 'listing', canonicalJson(request)),
      ttlMs: this.ttlMs,
      fresh: ctx.fresh === true,
      deadline: ctx.deadline,
      scopeTags: [LEADSQUARED_LISTINGS_TAG],
      tags: (page) => [
        LEADSQUARED_LISTINGS_TAG,
        ...page.List.flatMap((row) =>
          row.OpportunityId ? [opportunityTag(eventCode, row.OpportunityId)] : [],
        ),
      ],
      fetch: (live) => fetch(liveCallContext(ctx, live)),
    });
  }
}
