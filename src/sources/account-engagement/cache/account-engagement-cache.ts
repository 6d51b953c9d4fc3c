import type { CacheTtls } from '../../../config/cache-ttl.config.js';
import { formatGlobalId } from '../../../core/domain/ids.js';
import { UpstreamSource } from '../../../core/errors/index.js';
import type { CallContext } from '../../../core/http/index.js';
import type { CachedReads, SharedCache } from '../../../core/shared/index.js';
import type { OpportunityQuery, OutputLevel } from '../query-parameters.js';
import type { WireOpportunity, WireProspect } from '../wire.js';
import { LISTINGS_TAG, type FleetScope } from './fleet-scope.js';
import { readRecordsThrough } from './record-cache.js';

export interface OpportunityPage {
  total: number | null;
  opportunities: WireOpportunity[];
}

type Fetch<V> = (ids: number[]) => Promise<Map<number, V | Error>>;

const opportunityId = (id: number) => formatGlobalId({ kind: 'ae-opportunity', opportunityId: id });
const prospectId = (id: number) => formatGlobalId({ kind: 'ae-prospect', prospectId: id });

/**
 * Account Engagement's reads through the shared cache, and the invalidation of what its writes
 * change. Records by id (`recordsMs`) and pages of the opportunity query (`listingsMs`) are stored
 * as the API answered them (wire records, plain JSON), so a hit is mapped like a fresh answer.
 * A record is tagged with its global id; a page with LISTINGS_TAG and the global ids it holds.
 */
export class AccountEngagementCache {
  constructor(
    private readonly cache: SharedCache,
    private readonly reads: CachedReads,
    private readonly scope: FleetScope,
    private readonly ttls: CacheTtls,
  ) {}

  opportunities(
    ids: readonly number[],
    output: OutputLevel,
    call: CallContext,
    fetch: Fetch<WireOpportunity>,
  ): Promise<Map<number, WireOpportunity | Error>> {
    return readRecordsThrough(ids, {
      cache: this.cache,
      ttlMs: this.ttls.recordsMs,
      fresh: call.fresh === true,
      keyOf: (id) => this.scope.opportunityKey(opportunityId(id), output),
      tagOf: opportunityId,
      fetch,
    });
  }

  prospects(
    ids: readonly number[],
    call: CallContext,
    fetch: Fetch<WireProspect>,
  ): Promise<Map<number, WireProspect | Error>> {
    return readRecordsThrough(ids, {
      cache: this.cache,
      ttlMs: this.ttls.recordsMs,
      fresh: call.fresh === true,
      keyOf: (id) => this.scope.prospectKey(prospectId(id)),
      tagOf: prospectId,
      fetch,
    });
  }

  /** One page of the opportunity query; identical pages in flight share one call (CachedReads). */
  opportunityPage(
    query: OpportunityQuery,
    ctx: CallContext,
    fetch: (call: CallContext) => Promise<OpportunityPage>,
  ): Promise<OpportunityPage> {
    return this.reads.read({
      key: this.scope.opportunityPageKey(query),
      ttlMs: this.ttls.listingsMs,
      scopeTags: [LISTINGS_TAG],
      tags: (page) => [LISTINGS_TAG, ...page.opportunities.map((o) => opportunityId(o.id))],
      fresh: ctx.fresh === true,
      deadline: ctx.deadline,
      fetch: (live) =>
        fetch({
          get deadline() {
            return live.deadline;
          },
          logger: ctx.logger,
          onUpstreamCall: ctx.onUpstreamCall,
          observer: ctx.observer,
          fresh: ctx.fresh === true,
          callerShare: ctx.callerShare,
        }),
    });
  }

  /**
   * A write through the API changed (or may have changed) `opportunityIds`: their records and
   * every listing page go, before the write is answered. Ids may be empty (a create that failed).
   */
  async written(opportunityIds: readonly number[]): Promise<void> {
    await this.cache.invalidate([], [...opportunityIds.map(opportunityId), LISTINGS_TAG]);
  }
}

export const ACCOUNT_ENGAGEMENT_CALLS = {
  source: UpstreamSource.ACCOUNT_ENGAGEMENT,
  displayName: 'Account Engagement',
} as const;
