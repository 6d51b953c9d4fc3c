import type { AccountEngagementConfig } from '../../config.js';
import { UpstreamError, UpstreamSource } from '../../core/errors/index.js';
import {
  ConcurrencyLimiter,
  HttpSource,
  acquireBeforeDeadline,
  type CallContext,
  type HttpRequest,
} from '../../core/http/index.js';
import { readEnvelope, readOpportunity, readProspect, readResult, readSingle } from './envelope.js';
import { describeAccountEngagementResponse, TOKEN_INVALID } from './response-reader.js';
import { TokenProvider } from './token-provider.js';
import type { WireOpportunity, WireProspect } from './wire.js';

export type OutputLevel = 'simple' | 'full' | 'mobile';

/**
 * The opportunity `query` parameters (docs/upstreams/account-engagement.md#opportunity-query), in
 * camelCase.
 */
export interface OpportunityQuery {
  createdAfter?: string;
  createdBefore?: string;
  idGreaterThan?: number;
  idLessThan?: number;
  probabilityGreaterThan?: number;
  probabilityLessThan?: number;
  valueGreaterThan?: number;
  valueLessThan?: number;
  prospectEmail?: string;
  prospectId?: number;
  sortBy?: 'created_at' | 'id' | 'probability' | 'value';
  sortOrder?: 'ascending' | 'descending';
  /** 1..200 (error 23 beyond). */
  limit?: number;
  offset?: number;
  output?: OutputLevel;
}

export interface ProspectQuery {
  idGreaterThan?: number;
  idLessThan?: number;
  limit?: number;
  offset?: number;
  sortBy?: 'id' | 'created_at' | 'updated_at';
  sortOrder?: 'ascending' | 'descending';
}

export interface OpportunityCreate {
  name: string;
  value: string;
  probability: number;
  prospectId?: number;
  prospectEmail?: string;
  type?: string;
  stage?: string;
  status?: string;
  closedAt?: string;
  campaignId?: number;
}

export interface AccountEngagementClientOptions {
  config: AccountEngagementConfig;
  tokens: TokenProvider;
  businessUnitId: string;
  /** Overrides config.baseUrl (the simulator). */
  baseUrl?: string;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function params(query: object): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) out[snake(key)] = String(value);
  }
  return out;
}

type Call<T> = Omit<HttpRequest<T>, 'headers' | 'parse'> & { parse(body: string): T };

/**
 * Account Engagement API v3/v4 over got: a Salesforce access token and the business unit id on
 * every call, XML (or JSON) read through one envelope reader, at most `maxConcurrent` calls in
 * flight per business unit (queued, never provoking error 66), and one token refresh plus one
 * retry when the API answers 184. Creates are never repeated unless the API proved it did
 * nothing; updates, deletes and undeletes set a state and may be repeated.
 */
export class AccountEngagementClient {
  readonly #http: HttpSource;
  readonly #slots: ConcurrencyLimiter;
  readonly #tokens: TokenProvider;
  readonly #format: 'xml' | 'json';
  readonly #version: 3 | 4;

  constructor(options: AccountEngagementClientOptions) {
    const { config, tokens, businessUnitId } = options;
    this.#tokens = tokens;
    this.#format = config.format;
    this.#version = config.apiVersion;
    this.#slots = new ConcurrencyLimiter(config.maxConcurrent);
    this.#http = new HttpSource({
      source: UpstreamSource.ACCOUNT_ENGAGEMENT,
      displayName: 'Account Engagement',
      baseUrl: options.baseUrl ?? config.baseUrl,
      timeoutMs: config.timeoutMs,
      headers: () => ({ 'Pardot-Business-Unit-Id': businessUnitId }),
      secrets: () => [config.clientSecret?.reveal()].filter((value): value is string => !!value),
      beforeAttempt: (ctx) => this.#slot(ctx),
      describeResponse: describeAccountEngagementResponse(config.format),
    });
  }

  async queryOpportunities(
    query: OpportunityQuery,
    ctx: CallContext,
  ): Promise<{ total: number | null; opportunities: WireOpportunity[] }> {
    return this.#call(
      {
        operation: 'opportunity.query',
        method: 'GET',
        path: this.#path('opportunity', 'query'),
        searchParams: { ...params(query), format: this.#format },
        idempotent: true,
        parse: (body) => {
          const { total, items } = readResult(this.#body(body), 'opportunity');
          return { total, opportunities: items.map(readOpportunity) };
        },
      },
      ctx,
    );
  }

  /** Null when the opportunity does not exist or is deleted (error 35). */
  async readOpportunity(
    id: number,
    output: OutputLevel,
    ctx: CallContext,
  ): Promise<WireOpportunity | null> {
    return this.#orNull(
      this.#call(
        {
          operation: 'opportunity.read',
          method: 'GET',
          path: this.#path('opportunity', `read/id/${id}`),
          searchParams: { output, format: this.#format },
          idempotent: true,
          parse: (body) => readOpportunity(readSingle(this.#body(body), 'opportunity')),
        },
        ctx,
      ),
    );
  }

  createOpportunity(input: OpportunityCreate, ctx: CallContext): Promise<WireOpportunity> {
    const { prospectId, prospectEmail, closedAt, campaignId, ...fields } = input;
    const byId = prospectId !== undefined;
    const target = byId
      ? `prospect_id/${prospectId}`
      : `prospect_email/${encodeURIComponent(prospectEmail ?? '')}`;
    return this.#call(
      {
        operation: 'opportunity.create',
        method: 'POST',
        path: this.#path('opportunity', `create/${target}`),
        form: {
          ...params(fields),
          ...params({ closedAt, campaignId }),
          // Both given: the API checks they name the same prospect (error 44).
          ...(byId && prospectEmail !== undefined ? { prospect_email: prospectEmail } : {}),
          format: this.#format,
        },
        idempotent: false,
        parse: (body) => readOpportunity(readSingle(this.#body(body), 'opportunity')),
      },
      ctx,
    );
  }

  /** `fields` uses the API's names; null clears a field (sent as an empty value). */
  updateOpportunity(
    id: number,
    fields: Record<string, string | null>,
    ctx: CallContext,
  ): Promise<WireOpportunity> {
    const form: Record<string, string> = { format: this.#format };
    for (const [name, value] of Object.entries(fields)) form[name] = value ?? '';
    return this.#call(
      {
        operation: 'opportunity.update',
        method: 'POST',
        path: this.#path('opportunity', `update/id/${id}`),
        form,
        idempotent: true,
        parse: (body) => readOpportunity(readSingle(this.#body(body), 'opportunity')),
      },
      ctx,
    );
  }

  async deleteOpportunity(id: number, ctx: CallContext): Promise<void> {
    await this.#call(
      {
        operation: 'opportunity.delete',
        method: 'DELETE',
        path: this.#path('opportunity', `delete/id/${id}`),
        searchParams: { format: this.#format },
        idempotent: true,
        parse: () => undefined,
      },
      ctx,
    );
  }

  async undeleteOpportunity(id: number, ctx: CallContext): Promise<void> {
    await this.#call(
      {
        operation: 'opportunity.undelete',
        method: 'POST',
        path: this.#path('opportunity', `undelete/id/${id}`),
        form: { format: this.#format },
        idempotent: true,
        parse: () => undefined,
      },
      ctx,
    );
  }

  /** Null when the prospect does not exist (error 3). */
  readProspect(id: number, ctx: CallContext): Promise<WireProspect | null> {
    return this.#orNull(
      this.#call(
        {
          operation: 'prospect.read',
          method: 'GET',
          path: this.#path('prospect', `read/id/${id}`),
          searchParams: { format: this.#format },
          idempotent: true,
          parse: (body) => readProspect(readSingle(this.#body(body), 'prospect')),
        },
        ctx,
      ),
    );
  }

  queryProspects(
    query: ProspectQuery,
    ctx: CallContext,
  ): Promise<{ total: number | null; prospects: WireProspect[] }> {
    return this.#call(
      {
        operation: 'prospect.query',
        method: 'GET',
        path: this.#path('prospect', 'query'),
        searchParams: { ...params(query), format: this.#format },
        idempotent: true,
        parse: (body) => {
          const { total, items } = readResult(this.#body(body), 'prospect');
          return { total, prospects: items.map(readProspect) };
        },
      },
      ctx,
    );
  }

  close(): void {
    this.#slots.close();
    this.#http.close();
    this.#tokens.close();
  }

  #path(object: 'opportunity' | 'prospect', operation: string): string {
    return `api/${object}/version/${this.#version}/do/${operation}`;
  }

  /** The success envelope's body; describeResponse has already turned failures into errors. */
  #body(text: string) {
    const envelope = readEnvelope(text, this.#format);
    if (!envelope.ok) throw new Error('failure envelope on a success path');
    return envelope.body;
  }

  /** Reads answer null for "no such record" instead of failing the field. */
  async #orNull<T>(pending: Promise<T>): Promise<T | null> {
    try {
      return await pending;
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** One refresh and one retry when the token is refused (184): tokens expire mid-walk. */
  async #call<T>(call: Call<T>, ctx: CallContext): Promise<T> {
    for (let refreshed = false; ; refreshed = true) {
      const token = await this.#tokens.token(ctx);
      try {
        return await this.#http.request(
          { ...call, headers: { authorization: `Bearer ${token}` } },
          ctx,
        );
      } catch (error) {
        const expired =
          error instanceof UpstreamError && error.details.upstreamCode === String(TOKEN_INVALID);
        if (!expired || refreshed) throw error;
        await this.#tokens.invalidate(token);
      }
    }
  }

  async #slot(ctx: CallContext): Promise<() => void> {
    return acquireBeforeDeadline(
      () => this.#slots.acquire(ctx.deadline),
      () => ({
        source: UpstreamSource.ACCOUNT_ENGAGEMENT,
        message:
          'Account Engagement concurrency slots stayed busy until after the request deadline',
        retryAfter: false,
      }),
    );
  }
}
