import {
  asKeyError,
  BulkCoalescer,
  coalescedCallContext,
  type CallContext,
} from '../../../core/http/index.js';
import { runForRequests } from '../../../core/telemetry/trace-spans.js';
import { ACCOUNT_ENGAGEMENT_CALLS } from '../cache/account-engagement-cache.js';
import type { AccountEngagementClient } from '../client.js';
import type { WireOpportunity } from '../wire.js';
import { MAX_RANGE_SPAN, oldestIdGroup, planIdRanges } from './id-range-plan.js';

/** The output levels a look-up by id asks for: `full` carries the prospects. */
export type ByIdOutput = 'full' | 'simple';

/** Found records by id; a failed call's ids hold its error; ids that do not exist are absent. */
export type FoundOpportunities = Map<number, WireOpportunity | Error>;

type Coalescer = BulkCoalescer<number, WireOpportunity | Error, CallContext>;

/**
 * Account Engagement opportunities by id for every request of the process. The ids of all requests
 * waiting for one of the business unit's concurrency slots queue together, one queue per output
 * level (a call has one `output`). Each slot granted sends one call, first come first served: the
 * id range (planIdRanges over every queued id) holding the oldest queued id as one `query`, or
 * that id alone as a `read` when no queued id is within the span. The slot carries the call's
 * first attempt; retries wait for their own. So requests queued behind busy slots for ids close
 * together share calls, and each still gets only its own ids.
 *
 * A failed call fails only the ids it carried (each gets the error, as a DataLoader key error).
 * A fresh request (`Cache-Control: no-cache`) joins no call started before it: it plans and sends
 * its own calls, as a single request always did.
 */
export class AccountEngagementOpportunitiesById {
  readonly #coalescers = new Map<ByIdOutput, Coalescer>();

  constructor(private readonly client: AccountEngagementClient) {}

  load(ids: readonly number[], output: ByIdOutput, ctx: CallContext): Promise<FoundOpportunities> {
    if (ids.length === 0) return Promise.resolve(new Map());
    if (ctx.fresh) return this.#ownCalls(ids, output, ctx);
    return this.#coalescer(output).load(ids, ctx.deadline, ctx);
  }

  /** Ids waiting for a slot, per output level (for tests and metrics). */
  queued(output: ByIdOutput): number {
    return this.#coalescers.get(output)?.queued ?? 0;
  }

  #coalescer(output: ByIdOutput): Coalescer {
    let coalescer = this.#coalescers.get(output);
    if (!coalescer) {
      coalescer = new BulkCoalescer({
        ...ACCOUNT_ENGAGEMENT_CALLS,
        // One range query's page holds the whole range: at most this many distinct ids.
        maxKeysPerCall: MAX_RANGE_SPAN,
        keyOf: (id) => String(id),
        selectBatch: (queued) => oldestIdGroup(queued),
        acquire: (deadline) => this.client.acquireSlot(deadline),
        // Traced under the first request it serves, linking the others.
        fetch: (ids, call) =>
          runForRequests(call.observers, () =>
            this.#send(ids, output, coalescedCallContext(call), call.slotEnded).then(byKey),
          ),
      });
      this.#coalescers.set(output, coalescer);
    }
    return coalescer;
  }

  /** One request's own plan: its ranges and lone ids, each call waiting for its own slot. */
  async #ownCalls(
    ids: readonly number[],
    output: ByIdOutput,
    ctx: CallContext,
  ): Promise<FoundOpportunities> {
    const unique = [...new Set(ids)];
    const plan = planIdRanges(unique);
    const groups = [
      ...plan.ranges.map(({ first, last }) => unique.filter((id) => id >= first && id <= last)),
      ...plan.singles.map((id) => [id]),
    ];
    const parts = await Promise.all(groups.map((group) => this.#send(group, output, ctx)));
    return new Map(parts.flatMap((part) => [...part]));
  }

  /**
   * One call for `ids`: a read when it is one id, else one query over their range (ascending, one
   * page of MAX_RANGE_SPAN). The range may hold records nobody asked for; they are answered too.
   */
  async #send(
    ids: readonly number[],
    output: ByIdOutput,
    ctx: CallContext,
    granted?: () => void,
  ): Promise<FoundOpportunities> {
    const first = Math.min(...ids);
    const last = Math.max(...ids);
    const found: FoundOpportunities = new Map();
    try {
      if (first === last) {
        const opportunity = await this.client.readOpportunity(first, output, ctx, granted);
        if (opportunity) found.set(first, opportunity);
        return found;
      }
      const query = {
        idGreaterThan: first - 1,
        idLessThan: last + 1,
        sortBy: 'id',
        sortOrder: 'ascending',
        limit: MAX_RANGE_SPAN,
        output,
      } as const;
      const page = await this.client.queryOpportunities(query, ctx, granted);
      for (const opportunity of page.opportunities) found.set(opportunity.id, opportunity);
    } catch (error) {
      // Only the ids this call carried fail; the requests' other ids are answered.
      const failure = asKeyError(error);
      for (const id of ids) found.set(id, failure);
    }
    return found;
  }
}

/** The coalescer keys answers by keyOf (the id as a string). */
function byKey(found: FoundOpportunities): Map<string, WireOpportunity | Error> {
  return new Map([...found].map(([id, value]) => [String(id), value]));
}
