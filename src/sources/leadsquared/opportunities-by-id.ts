import { UpstreamSource } from '../../core/errors/index.js';
import {
  BulkCoalescer,
  coalescedCallContext,
  type CallContext,
  type SlotEnded,
} from '../../core/http/index.js';
import { cacheKey, type SharedCache } from '../../core/shared/index.js';
import { runForRequests } from '../../core/telemetry/trace-spans.js';
import { refKey, type OpportunityRef, type WireOpportunity } from './request-shapes.js';
import { MAX_OPPORTUNITIES_PER_CALL } from './limits.js';

/** One GetOpportunitiesById call for at most 2,000 refs, its first attempt on a granted slot. */
export type SendOpportunitiesById = (
  refs: readonly OpportunityRef[],
  includeCsv: string,
  ctx: CallContext,
  slotEnded: SlotEnded,
) => Promise<Map<string, WireOpportunity>>;

export interface OpportunitiesByIdOptions {
  cache: SharedCache;
  /** How long a record may be served from the cache (0: never cached). */
  ttlMs: number;
  /** Resolves when the account's quota allows a call, with its "arrived" marker. */
  acquire(deadline: number): Promise<SlotEnded>;
  send: SendOpportunitiesById;
}

/** The cache tag of an opportunity: its global id (`lsq:<EventCode>:<id>`). */
export function opportunityTag(eventCode: number | string, id: string): string {
  return `lsq:${eventCode}:${id.toLowerCase()}`;
}

/**
 * Opportunities by id for every request of the process: the cache first, then the misses of all
 * requests waiting for quota at the same moment in as few calls as the 2,000-id limit allows (one
 * BulkCoalescer per column list, since one call carries one Include_CSV). Each request gets only
 * its own records, keyed as the client promises: refKey(real event code, id).
 */
export class OpportunitiesById {
  readonly #coalescers = new Map<
    string,
    BulkCoalescer<OpportunityRef, WireOpportunity, CallContext>
  >();

  constructor(private readonly options: OpportunitiesByIdOptions) {}

  async load(
    refs: readonly OpportunityRef[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireOpportunity>> {
    const includeCsv = columns.join(',');
    const unique = [
      ...new Map(refs.map((ref) => [refKey(ref.eventCode, ref.prospectActivityId), ref])).values(),
    ];
    const found = new Map<string, WireOpportunity>();
    const { cache, ttlMs } = this.options;
    const keyOf = (ref: OpportunityRef) =>
      cacheKey(
        UpstreamSource.LEADSQUARED,
        'opportunity',
        includeCsv,
        refKey(ref.eventCode, ref.prospectActivityId),
      );
    let misses = unique;
    if (ttlMs > 0 && !ctx.fresh) {
      const cached = await cache.getMany<WireOpportunity>(unique.map(keyOf));
      misses = unique.filter((ref, index) => {
        const hit = cached[index];
        if (hit) found.set(refKey(ref.eventCode, ref.prospectActivityId), hit);
        return !hit;
      });
    }
    if (misses.length === 0) return found;
    const readStartedAt = Date.now();
    const fetched = await this.#coalescer(includeCsv).load(misses, ctx.deadline, ctx);
    const entries = [];
    for (const [ref, row] of fetched) {
      found.set(refKey(ref.eventCode, ref.prospectActivityId), row);
      entries.push({ ref, row });
    }
    if (ttlMs > 0) {
      // One write per tag set: each record is tagged with its own id, so a write drops only it.
      await Promise.all(
        entries.map(({ ref, row }) =>
          cache.setMany(
            [{ key: keyOf(ref), value: row }],
            { ttlMs, tags: [opportunityTag(ref.eventCode, ref.prospectActivityId)] },
            readStartedAt,
          ),
        ),
      );
    }
    return found;
  }

  #coalescer(includeCsv: string) {
    let coalescer = this.#coalescers.get(includeCsv);
    if (!coalescer) {
      coalescer = new BulkCoalescer<OpportunityRef, WireOpportunity, CallContext>({
        source: UpstreamSource.LEADSQUARED,
        displayName: 'LeadSquared',
        maxKeysPerCall: MAX_OPPORTUNITIES_PER_CALL,
        keyOf: (ref) => refKey(ref.eventCode, ref.prospectActivityId),
        acquire: (deadline) => this.options.acquire(deadline),
        // Traced under the first request it serves, linking the others.
        fetch: (refs, call) =>
          runForRequests(call.observers, () =>
            this.options.send(refs, includeCsv, coalescedCallContext(call), call.slotEnded),
          ),
      });
      this.#coalescers.set(includeCsv, coalescer);
    }
    return coalescer;
  }
}
