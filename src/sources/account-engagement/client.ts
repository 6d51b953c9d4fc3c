import type { CallContext } from '../../core/http/index.js';
import { readOpportunity, readProspect, readResult, readSingle } from './envelope.js';
import {
  params,
  type OpportunityCreate,
  type OpportunityQuery,
  type OutputLevel,
  type ProspectQuery,
} from './query-parameters.js';
import { AccountEngagementTransport, type AccountEngagementClientOptions } from './transport.js';
import type { WireOpportunity, WireProspect } from './wire.js';

export type {
  OpportunityCreate,
  OpportunityQuery,
  OutputLevel,
  ProspectQuery,
} from './query-parameters.js';

export type { AccountEngagementClientOptions } from './transport.js';

/**
 * The Account Engagement API v3/v4 operations we use, each read through the envelope reader; how
 * they travel (token, business unit, concurrency slots, refresh on 184) is transport.ts. Creates are never repeated unless the API proved it did
 * nothing; updates, deletes and undeletes set a state and may be repeated.
 */
export class AccountEngagementClient {
  readonly #transport: AccountEngagementTransport;

  constructor(options: AccountEngagementClientOptions) {
    this.#transport = new AccountEngagementTransport(options);
  }

  /**
   * The daily allowance and a concurrency slot for one call, for callers that wait on behalf of
   * several requests (the by-id coalescer): pass the release as `granted` to the call it is for.
   */
  acquireSlot(deadline: number): Promise<() => void> {
    return this.#transport.acquireSlot(deadline);
  }

  /** `granted`: the first attempt's slot, already held (acquireSlot). */
  async queryOpportunities(
    query: OpportunityQuery,
    ctx: CallContext,
    granted?: () => void,
  ): Promise<{ total: number | null; opportunities: WireOpportunity[] }> {
    return this.#transport.call(
      {
        operation: 'opportunity.query',
        method: 'GET',
        path: this.#transport.path('opportunity', 'query'),
        searchParams: { ...params(query), format: this.#transport.format },
        idempotent: true,
        parse: (_body, decoded) => {
          const { total, items } = readResult(this.#transport.body(decoded), 'opportunity');
          return { total, opportunities: items.map(readOpportunity) };
        },
      },
      ctx,
      granted,
    );
  }

  /** Null when the opportunity does not exist or is deleted (error 35). `granted`: as above. */
  async readOpportunity(
    id: number,
    output: OutputLevel,
    ctx: CallContext,
    granted?: () => void,
  ): Promise<WireOpportunity | null> {
    return this.#transport.orNull(
      this.#transport.call(
        {
          operation: 'opportunity.read',
          method: 'GET',
          path: this.#transport.path('opportunity', `read/id/${id}`),
          searchParams: { output, format: this.#transport.format },
          idempotent: true,
          parse: (_body, decoded) =>
            readOpportunity(readSingle(this.#transport.body(decoded), 'opportunity')),
        },
        ctx,
        granted,
      ),
    );
  }

  createOpportunity(input: OpportunityCreate, ctx: CallContext): Promise<WireOpportunity> {
    const { prospectId, prospectEmail, closedAt, campaignId, ...fields } = input;
    const byId = prospectId !== undefined;
    const target = byId
      ? `prospect_id/${prospectId}`
      : `prospect_email/${encodeURIComponent(prospectEmail ?? '')}`;
    return this.#transport.call(
      {
        operation: 'opportunity.create',
        method: 'POST',
        path: this.#transport.path('opportunity', `create/${target}`),
        form: {
          ...params(fields),
          ...params({ closedAt, campaignId }),
          // Both given: the API checks they name the same prospect (error 44).
          ...(byId && prospectEmail !== undefined ? { prospect_email: prospectEmail } : {}),
          format: this.#transport.format,
        },
        idempotent: false,
        parse: (_body, decoded) =>
          readOpportunity(readSingle(this.#transport.body(decoded), 'opportunity')),
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
    const form: Record<string, string> = { format: this.#transport.format };
    for (const [name, value] of Object.entries(fields)) form[name] = value ?? '';
    return this.#transport.call(
      {
        operation: 'opportunity.update',
        method: 'POST',
        path: this.#transport.path('opportunity', `update/id/${id}`),
        form,
        idempotent: true,
        parse: (_body, decoded) =>
          readOpportunity(readSingle(this.#transport.body(decoded), 'opportunity')),
      },
      ctx,
    );
  }

  async deleteOpportunity(id: number, ctx: CallContext): Promise<void> {
    await this.#transport.call(
      {
        operation: 'opportunity.delete',
        method: 'DELETE',
        path: this.#transport.path('opportunity', `delete/id/${id}`),
        searchParams: { format: this.#transport.format },
        idempotent: true,
        parse: () => undefined,
      },
      ctx,
    );
  }

  async undeleteOpportunity(id: number, ctx: CallContext): Promise<void> {
    await this.#transport.call(
      {
        operation: 'opportunity.undelete',
        method: 'POST',
        path: this.#transport.path('opportunity', `undelete/id/${id}`),
        form: { format: this.#transport.format },
        idempotent: true,
        parse: () => undefined,
      },
      ctx,
    );
  }

  /** Null when the prospect does not exist (error 3). */
  readProspect(id: number, ctx: CallContext): Promise<WireProspect | null> {
    return this.#transport.orNull(
      this.#transport.call(
        {
          operation: 'prospect.read',
          method: 'GET',
          path: this.#transport.path('prospect', `read/id/${id}`),
          searchParams: { format: this.#transport.format },
          idempotent: true,
          parse: (_body, decoded) =>
            readProspect(readSingle(this.#transport.body(decoded), 'prospect')),
        },
        ctx,
      ),
    );
  }

  queryProspects(
    query: ProspectQuery,
    ctx: CallContext,
  ): Promise<{ total: number | null; prospects: WireProspect[] }> {
    return this.#transport.call(
      {
        operation: 'prospect.query',
        method: 'GET',
        path: this.#transport.path('prospect', 'query'),
        searchParams: { ...params(query), format: this.#transport.format },
        idempotent: true,
        parse: (_body, decoded) => {
          const { total, items } = readResult(this.#transport.body(decoded), 'prospect');
          return { total, prospects: items.map(readProspect) };
        },
      },
      ctx,
    );
  }

  close(): void {
    this.#transport.close();
  }
}
