import { UpstreamSource } from '../../core/errors/index.js';
import {
  HttpSource,
  acquireBeforeDeadline,
  withCallerShare,
  type CallContext,
  type CallerShare,
  type SourceQuota,
} from '../../core/http/index.js';
import {
  cacheKey,
  readThroughMany,
  type QuotaLimiter,
  type SharedState,
} from '../../core/shared/index.js';
import type { LeadSquaredClientOptions } from './client-options.js';
import { OpportunitiesById } from './opportunities-by-id.js';
import { sendLeadsByIds, sendOpportunitiesById } from './by-id-calls.js';
import { CachedListings } from './cached-listings.js';
import { parseOpportunityList } from './parse.js';
import { describeLeadSquaredResponse } from './response-reader.js';
import {
  advancedSearch,
  listBody,
  type ListOptions,
  type OpportunityRef,
  type WireOpportunity,
} from './request-shapes.js';
import { QUOTA_MARGIN_MS } from './limits.js';
import { accountQuota } from './account-quota.js';
import { quotaExhausted } from './quota-exhausted.js';
import { ThrottleSignalMemory } from './throttle-signal.js';
import type { AdvancedSearchRow, OpportunityListResponse, WireColumns } from './wire.js';

export { MAX_LEADS_PER_CALL, MAX_OPPORTUNITIES_PER_CALL, MAX_PAGE_SIZE } from './limits.js';

export type { LeadSquaredClientOptions } from './client-options.js';

export {
  refKey,
  type ListOptions,
  type OpportunityRef,
  type WireOpportunity,
} from './request-shapes.js';

/**
 * LeadSquared API v2 over got. Keys travel in the x-LSQ-* headers only
 * (docs/upstreams/leadsquared.md#authentication), never in a URL, so no log line or error can carry
 * them. One instance serves the whole process, because the quota it enforces is account-wide.
 */
export class LeadSquaredClient {
  readonly #http: HttpSource;
  readonly #limiter: QuotaLimiter;
  /** The account quota as a caller's share names it (docs/callers.md). */
  readonly #account: SourceQuota;
  readonly #byId: OpportunitiesById;
  readonly #listings: CachedListings;
  readonly #state: SharedState;
  readonly #recordTtlMs: number;
  readonly #quota: { calls: number; windowMs: number };
  readonly #throttle: ThrottleSignalMemory;

  constructor(options: LeadSquaredClientOptions) {
    this.#quota = options.quota;
    this.#state = options.state;
    this.#recordTtlMs = options.cache.recordsMs;
    this.#account = accountQuota(options.accessKey, options.quota);
    this.#limiter = options.state.quotaLimiter(this.#account.key, this.#account);
    this.#byId = new OpportunitiesById({
      cache: options.state.cache,
      ttlMs: options.cache.recordsMs,
      acquire: (deadline) => this.#waitForQuota(deadline),
      send: (refs, includeCsv, ctx, slotEnded) =>
        sendOpportunitiesById(this.#http, refs, includeCsv, ctx, slotEnded),
    });
    this.#listings = new CachedListings(options.state, options.cache.listingsMs);
    // A back-off without Retry-After lasts the limiter's window plus its margin.
    this.#throttle = new ThrottleSignalMemory(options.quota.windowMs + QUOTA_MARGIN_MS);
    this.#http = new HttpSource({
      source: UpstreamSource.LEADSQUARED,
      displayName: 'LeadSquared',
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      maxRetries: options.maxRetries ?? 2,
      headers: () => ({
        'x-LSQ-AccessKey': options.accessKey.reveal(),
        'x-LSQ-SecretKey': options.secretKey.reveal(),
      }),
      secrets: () => [options.accessKey.reveal(), options.secretKey.reveal()],
      // A request's own calls wait for its caller's share first; coalesced look-ups by id carry
      // every waiting request's ids and have none (see OpportunitiesById's `acquire`).
      beforeAttempt: (ctx) => this.#waitForQuota(ctx.deadline, ctx.callerShare),
      describeResponse: (status, body, headers, decoded) => {
        const failure = describeLeadSquaredResponse(status, body, headers, decoded);
        this.#throttle.observe(failure);
        return failure;
      },
      onThrottled: (retryAfterMs) => {
        this.#throttle.backingOff(retryAfterMs);
        this.#limiter.backOff(retryAfterMs);
      },
    });
  }

  /**
   * Opportunities by id, one call per 2,000 ids, each call grouping its ids by event code into
   * SearchParameters. The result is keyed by refKey(real event code, id): the upstream files a
   * record under its real type whatever bucket asked for it
   * (docs/upstreams/leadsquared.md#results-grouped-by-real-type), so callers check that the type
   * they asked for is the type they got.
   */
  getOpportunitiesById(
    refs: readonly OpportunityRef[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireOpportunity>> {
    // Cached records first; the misses of every request waiting for quota leave together.
    return this.#byId.load(refs, columns, ctx);
  }

  /** As getOpportunitiesById, each ref's row (undefined when none) at the ref's index. */
  getOpportunitiesByIdInOrder(
    refs: readonly OpportunityRef[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<(WireOpportunity | undefined)[]> {
    return this.#byId.loadInOrder(refs, columns, ctx);
  }

  /** Leads by id, one call per 10,000 ids; the result is keyed by the lower-cased ProspectID. */
  async getLeadsByIds(
    ids: readonly string[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireColumns>> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const includeCsv = [...new Set(['ProspectID', ...columns])].join(',');
    // Cached leads first (per column list); only the misses are asked for.
    return readThroughMany({
      cache: this.#state.cache,
      ttlMs: this.#recordTtlMs,
      fresh: ctx.fresh === true,
      keys: unique,
      cacheKeyOf: (id) => cacheKey(UpstreamSource.LEADSQUARED, 'lead', includeCsv, id),
      tagsOf: (id) => [`lsq-lead:${id}`],
      fetch: (misses) => sendLeadsByIds(this.#http, misses, includeCsv, ctx),
    });
  }

  /**
   * One page of a lead's opportunities of one type (the type is required in practice,
   * docs/upstreams/leadsquared.md#opportunities-of-a-lead).
   */
  getOpportunitiesOfLead(
    leadId: string,
    eventCode: number,
    options: ListOptions,
    ctx: CallContext,
  ): Promise<OpportunityListResponse> {
    const key = ['GetOpportunitiesOfLead', leadId.toLowerCase(), eventCode, options];
    return this.#listings.read(key, eventCode, ctx, (call) =>
      this.#http.request(
        {
          operation: 'GetOpportunitiesOfLead',
          method: 'POST',
          path: 'OpportunityManagement.svc/GetOpportunitiesOfLead',
          searchParams: { leadId, opportunityType: String(eventCode) },
          json: listBody(options),
          idempotent: true,
          parse: parseOpportunityList,
        },
        call,
      ),
    );
  }

  /**
   * One page of the opportunities of a type matching the grid filter rows
   * (docs/upstreams/leadsquared.md#opportunity-advanced-search).
   */
  searchOpportunities(
    eventCode: number,
    rows: readonly AdvancedSearchRow[],
    options: ListOptions,
    ctx: CallContext,
  ): Promise<OpportunityListResponse> {
    const key = ['RetrieveOpportunitiesBySearchParameter', eventCode, rows, options];
    return this.#listings.read(key, eventCode, ctx, (call) =>
      this.#http.request(
        {
          operation: 'RetrieveOpportunitiesBySearchParameter',
          method: 'POST',
          path: 'OpportunityManagement.svc/Retrieve/BySearchParameter',
          json: {
            OpportunityEventCode: eventCode,
            AdvancedSearch: advancedSearch(rows),
            ...listBody(options),
          },
          idempotent: true,
          parse: parseOpportunityList,
        },
        call,
      ),
    );
  }

  /**
   * A cheap call that proves host and keys work (readiness): a lead look-up by an id that cannot
   * exist answers [] with valid keys and 401 otherwise (docs/upstreams/leadsquared.md#lead-by-id).
   */
  async probe(ctx: CallContext): Promise<void> {
    await this.#http.request(
      {
        operation: 'Leads.GetById',
        method: 'GET',
        path: 'LeadManagement.svc/Leads.GetById',
        searchParams: { id: '00000000-0000-0000-0000-000000000000' },
        idempotent: true,
        parse: (_body, decoded) => {
          if (!Array.isArray(decoded.value())) throw new Error('expected an array');
          return undefined;
        },
      },
      ctx,
    );
  }

  close(): void {
    this.#limiter.close();
    this.#http.close();
  }

  /** Resolves with the limiter's "arrived" marker: the window counts the call from its answer. */
  async #waitForQuota(deadline: number, share?: CallerShare): Promise<() => void> {
    return withCallerShare(share, this.#account, deadline, () =>
      acquireBeforeDeadline(
        () => this.#limiter.acquire(deadline),
        () => quotaExhausted(this.#quota, this.#throttle.current()),
      ),
    );
  }
}
