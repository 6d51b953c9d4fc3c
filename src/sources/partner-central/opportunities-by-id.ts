import type { ListOpportunitiesCommandInput } from '@aws-sdk/client-partnercentral-selling';
import type { Catalog } from '../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { UpstreamSource } from '../../core/errors/index.js';
import { BulkCoalescer, coalescedCallContext, type CallContext } from '../../core/http/index.js';
import { runForRequests } from '../../core/telemetry/trace-spans.js';
import type { PartnerCentralClient } from './client.js';
import { mapOpportunitySummary } from './mapper.js';
import type { PartnerCentralReads } from './shared-reads.js';

/**
 * ListOpportunities takes at most 20 values in its Identifier filter
 * (docs/upstreams/partner-central.md#listopportunities).
 */
export const MAX_IDENTIFIERS_PER_CALL = 20;

/**
 * Partner Central opportunities by id for every request of the process: the shared cache first
 * (record TTL), then the misses of all requests waiting for a ListOpportunities slot at the same
 * moment, merged into Identifier filters of 20 (one BulkCoalescer per catalog, since one call
 * reads one catalog), each id once whoever asked for it. Each request gets only its own records.
 * A fresh request (`Cache-Control: no-cache`) joins no call started earlier: it sends its own.
 */
export class PartnerCentralOpportunitiesById {
  readonly #coalescers = new Map<Catalog, BulkCoalescer<string, OpportunityRecord, CallContext>>();

  constructor(
    private readonly client: PartnerCentralClient,
    private readonly reads: PartnerCentralReads,
  ) {}

  /** The records found, by opportunity id; ids the upstream does not have are absent. */
  async load(
    catalog: Catalog,
    ids: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, OpportunityRecord>> {
    const unique = [...new Set(ids)];
    const keyOf = (id: string) => this.reads.recordKey('opportunity', [catalog, id]);
    const cached = await this.reads.cachedRecords<OpportunityRecord>(unique.map(keyOf), ctx);
    const found = new Map<string, OpportunityRecord>();
    const misses = unique.filter((id, index) => {
      const hit = cached[index];
      if (hit !== undefined) found.set(id, hit);
      return hit === undefined;
    });
    if (misses.length === 0) return found;
    const readStartedAt = Date.now();
    const fetched = ctx.fresh
      ? await this.#ownCalls(catalog, misses, ctx)
      : await this.#coalescer(catalog).load(misses, ctx.deadline, ctx);
    for (const [id, record] of fetched) found.set(id, record);
    await this.reads.storeRecords(
      [...fetched].map(([id, record]) => ({ key: keyOf(id), value: record, globalId: record.id })),
      readStartedAt,
    );
    return found;
  }

  #coalescer(catalog: Catalog): BulkCoalescer<string, OpportunityRecord, CallContext> {
    let coalescer = this.#coalescers.get(catalog);
    if (!coalescer) {
      coalescer = new BulkCoalescer<string, OpportunityRecord, CallContext>({
        source: UpstreamSource.PARTNER_CENTRAL,
        displayName: 'Partner Central',
        maxKeysPerCall: MAX_IDENTIFIERS_PER_CALL,
        keyOf: (id) => id,
        acquire: (deadline) => this.client.acquireQuota('ListOpportunities', deadline),
        // Traced under the first request it serves, linking the others.
        fetch: (ids, call) =>
          runForRequests(call.observers, () =>
            this.#send(catalog, ids, coalescedCallContext(call), call.slotEnded),
          ),
      });
      this.#coalescers.set(catalog, coalescer);
    }
    return coalescer;
  }

  async #ownCalls(
    catalog: Catalog,
    ids: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, OpportunityRecord>> {
    const calls: Promise<Map<string, OpportunityRecord>>[] = [];
    for (let start = 0; start < ids.length; start += MAX_IDENTIFIERS_PER_CALL) {
      calls.push(this.#send(catalog, ids.slice(start, start + MAX_IDENTIFIERS_PER_CALL), ctx));
    }
    return new Map((await Promise.all(calls)).flatMap((part) => [...part]));
  }

  /** One Identifier batch; its first call on `granted` when given. */
  async #send(
    catalog: Catalog,
    ids: readonly string[],
    ctx: CallContext,
    granted?: () => void,
  ): Promise<Map<string, OpportunityRecord>> {
    const found = new Map<string, OpportunityRecord>();
    let nextToken: string | undefined;
    let slot = granted;
    // One page holds all 20 (MaxResults 20); NextToken is followed anyway rather than trusted away.
    do {
      const input: ListOpportunitiesCommandInput = {
        Catalog: catalog,
        Identifier: [...ids],
        MaxResults: MAX_IDENTIFIERS_PER_CALL,
        NextToken: nextToken,
      };
      const page = await this.client.listOpportunities(input, ctx, slot);
      slot = undefined;
      for (const summary of page.OpportunitySummaries ?? []) {
        const record = mapOpportunitySummary(summary, catalog);
        if (record.details.kind === 'partnerCentral')
          found.set(record.details.opportunityId, record);
      }
      nextToken = page.NextToken || undefined;
    } while (nextToken);
    return found;
  }
}
