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
    const unique = new Map<string, OpportunityRef>();
    for (const ref of refs) unique.set(refKey(ref.eventCode, ref.prospectActivityId), ref);
    return this.#read(unique, columns, ctx);
  }

  /**
   * As `load`, each ref's row (or undefined) at its index. For the loader: the rows are found by
   * the keys made here, which the maps have hashed already, instead of by a key made again per
   * ref (hashing a new 42-character key cost about as much as mapping its record).
   */
  async loadInOrder(
    refs: readonly OpportunityRef[],
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<(WireOpportunity | undefined)[]> {
    const keys = refs.map((ref) => refKey(ref.eventCode, ref.prospectActivityId));
    const unique = new Map<string, OpportunityRef>();
    refs.forEach((ref, index) => unique.set(keys[index]!, ref));
    const found = await this.#read(unique, columns, ctx);
    return keys.map((key) => found.get(key));
  }

  /** `unique`: the refs by key, the last of equal ones (as a Map built from them keeps). */
  async #read(
    unique: ReadonlyMap<string, OpportunityRef>,
    columns: readonly string[],
    ctx: CallContext,
  ): Promise<Map<string, WireOpportunity>> {
    const includeCsv = columns.join(',');
    // Each ref's key is made once and the maps are handed on as they are (no re-keying, no copy):
    // a look-up of 2,000 ids used to build the same 2,000 keys five times over.
    const { cache, ttlMs } = this.options;
    const cacheKeyOf = (key: string) =>
      cacheKey(UpstreamSource.LEADSQUARED, 'opportunity', includeCsv, key);
    let misses: ReadonlyMap<string, OpportunityRef> = unique;
    const hits = new Map<string, WireOpportunity>();
    if (ttlMs > 0 && !ctx.fresh) {
      const keys = [...unique.keys()];
      const cached = await cache.getMany<WireOpportunity>(keys.map(cacheKeyOf));
      const left = new Map<string, OpportunityRef>();
      keys.forEach((key, index) => {
        const hit = cached[index];
        if (hit) hits.set(key, hit);
        else left.set(key, unique.get(key)!);
      });
      misses = left;
    }
    if (misses.size === 0) return hits;
    const readStartedAt = Date.now();
    const fetched = await this.#coalescer(includeCsv).loadById(misses, ctx.deadline, ctx);
    if (ttlMs > 0) {
      // One write per tag set: each record is tagged with its own id, so a write drops only it.
      await Promise.all(
        [...fetched].map(([key, row]) => {
          const ref = misses.get(key)!;
          return cache.setMany(
            [{ key: cacheKeyOf(key), value: row }],
            { ttlMs, tags: [opportunityTag(ref.eventCode, ref.prospectActivityId)] },
            readStartedAt,
          );
        }),
      );
    }
    if (hits.size === 0) return fetched;
    for (const [key, row] of fetched) hits.set(key, row);
    return hits;
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
