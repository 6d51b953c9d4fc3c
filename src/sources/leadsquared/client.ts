import type { Secret } from '../../config.js';
import { UpstreamSource } from '../../core/errors/index.js';
import {
  HttpSource,
  acquireBeforeDeadline,
  SlidingWindowLimiter,
  type CallContext,
} from '../../core/http/index.js';
import { parseLeadsByIds, parseOpportunitiesById, parseOpportunityList } from './parse.js';
import { describeLeadSquaredResponse } from './response-reader.js';
import {
  advancedSearch,
  chunk,
  groupByEventCode,
  listBody,
  refKey,
  type ListOptions,
  type OpportunityRef,
  type WireOpportunity,
} from './request-shapes.js';
import { MAX_LEADS_PER_CALL, MAX_OPPORTUNITIES_PER_CALL, QUOTA_MARGIN_MS } from './limits.js';
import { quotaExhausted } from './quota-exhausted.js';
import { ThrottleSignalMemory } from './throttle-signal.js';
import type { AdvancedSearchRow, OpportunityListResponse, WireColumns } from './wire.js';

export { MAX_LEADS_PER_CALL, MAX_OPPORTUNITIES_PER_CALL, MAX_PAGE_SIZE } from './limits.js';

export interface LeadSquaredClientOptions {
  baseUrl: string;
  accessKey: Secret;
  secretKey: Secret;
  timeoutMs: number;
  quota: { calls: number; windowMs: number };
  maxRetries?: number;
}

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
  readonly #limiter: SlidingWindowLimiter;
  readonly #quota: { calls: number; windowMs: number };
  readonly #throttle: ThrottleSignalMemory;

  constructor(options: LeadSquaredClientOptions) {
    this.#quota = options.quota;
    this.#limiter = new SlidingWindowLimiter({ ...options.quota, marginMs: QUOTA_MARGIN_MS });
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
      beforeAttempt: (ctx) => this.#waitForQuota(ctx),
      describeResponse: (status, body, headers) => {
        const failure = describeLeadSquaredResponse(status, body, headers);
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
  async getOpportunitiesById(
    refs: readonly OpportunityRef[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireOpportunity>> {
    const unique = [
      ...new Map(refs.map((ref) => [refKey(ref.eventCode, ref.prospectActivityId), ref])).values(),
    ];
    const chunks = chunk(unique, MAX_OPPORTUNITIES_PER_CALL);
    const includeCsv = columns.join(',');
    const responses = await Promise.all(
      chunks.map((part) =>
        this.#http.request(
          {
            operation: 'GetOpportunitiesById',
            method: 'POST',
            path: 'OpportunityManagement.svc/GetOpportunitiesById',
            json: {
              SearchParameters: groupByEventCode(part).map(([eventCode, ids]) => ({
                EventCode: String(eventCode),
                ProspectActivityId: ids,
                Columns: { Include_CSV: includeCsv },
              })),
            },
            idempotent: true,
            parse: parseOpportunitiesById,
          },
          ctx,
        ),
      ),
    );
    const found = new Map<string, WireOpportunity>();
    for (const group of responses.flat()) {
      for (const item of group.Opportunities)
        found.set(refKey(group.EventCode, item.ProspectActivityId), item);
    }
    return found;
  }

  /** Leads by id, one call per 10,000 ids; the result is keyed by the lower-cased ProspectID. */
  async getLeadsByIds(
    ids: readonly string[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireColumns>> {
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const includeCsv = [...new Set(['ProspectID', ...columns])].join(',');
    const responses = await Promise.all(
      chunk(unique, MAX_LEADS_PER_CALL).map((part) =>
        this.#http.request(
          {
            operation: 'RetrieveLeadsByIds',
            method: 'POST',
            path: 'LeadManagement.svc/Leads/Retrieve/ByIds',
            json: {
              SearchParameters: { LeadIds: part },
              Columns: { Include_CSV: includeCsv },
              Paging: { PageIndex: 1, PageSize: part.length },
            },
            idempotent: true,
            parse: parseLeadsByIds,
          },
          ctx,
        ),
      ),
    );
    const found = new Map<string, WireColumns>();
    for (const lead of responses.flatMap((response) => response.Leads)) {
      const id = lead.ProspectID ?? lead.ProspectId;
      if (id) found.set(id.toLowerCase(), lead);
    }
    return found;
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
    return this.#http.request(
      {
        operation: 'GetOpportunitiesOfLead',
        method: 'POST',
        path: 'OpportunityManagement.svc/GetOpportunitiesOfLead',
        searchParams: { leadId, opportunityType: String(eventCode) },
        json: listBody(options),
        idempotent: true,
        parse: parseOpportunityList,
      },
      ctx,
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
    return this.#http.request(
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
      ctx,
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
        parse: (body) => {
          if (!Array.isArray(JSON.parse(body))) throw new Error('expected an array');
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
  async #waitForQuota(ctx: CallContext): Promise<() => void> {
    return acquireBeforeDeadline(
      () => this.#limiter.acquire(ctx.deadline),
      () => quotaExhausted(this.#quota, this.#throttle.current()),
    );
  }
}
