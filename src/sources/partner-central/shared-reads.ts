import type { CacheTtls } from '../../config/cache-ttl.config.js';
import { UpstreamSource } from '../../core/errors/index.js';
import { liveCallContext, notFoundAsNull, type CallContext } from '../../core/http/index.js';
import { canonicalJson } from '../../core/pagination/canonical-json.js';
import { cacheKey, type CachedReads, type SharedState } from '../../core/shared/index.js';
import { PARTNER_CENTRAL_LISTINGS_TAG } from './cache-tags.js';
import { CompletedAcceptTasks } from './completed-accept-tasks.js';
import type { PartnerCentralOperation } from './quotas.js';

/** The kinds of record cached by id; each kind is one upstream answer shape. */
export type CachedRecordKind = 'opportunity' | 'opportunity-detail' | 'invitation';

/** For a record's fetch: the upstream's NOT_FOUND is null (absent), any other failure is thrown. */
export function absentAsNull(error: unknown): null {
  if (notFoundAsNull(error) === null) return null;
  throw error;
}

/**
 * Partner Central reads through the shared state: listing pages and records by id from the cache
 * for their configured TTL (this process's LRU, or Redis shared by the fleet), identical reads in
 * flight at the same moment sharing one call, and the invalidation writes do before answering.
 */
export class PartnerCentralReads {
  readonly #reads: CachedReads;
  /** Told every accept task a look-up returns: a completed one invalidates what it changed. */
  readonly acceptTasks = new CompletedAcceptTasks((globalIds) => this.invalidate(globalIds));

  constructor(
    private readonly state: SharedState,
    readonly ttls: CacheTtls,
  ) {
    this.#reads = state.cachedReads({
      source: UpstreamSource.PARTNER_CENTRAL,
      displayName: 'Partner Central',
    });
  }

  /**
   * One upstream page of a list, cached for the listing TTL and tagged with the listings tag and
   * the global ids of its records. `input` is everything the page depends on (filter, order,
   * page size, token).
   */
  page<T>(
    operation: PartnerCentralOperation,
    input: object,
    ctx: CallContext,
    ids: (page: T) => readonly string[],
    fetch: (call: CallContext) => Promise<T>,
  ): Promise<T> {
    return this.#reads.read({
      key: cacheKey(UpstreamSource.PARTNER_CENTRAL, 'page', operation, canonicalJson(input)),
      ttlMs: this.ttls.listingsMs,
      fresh: ctx.fresh === true,
      deadline: ctx.deadline,
      scopeTags: [PARTNER_CENTRAL_LISTINGS_TAG],
      tags: (page) => [PARTNER_CENTRAL_LISTINGS_TAG, ...ids(page)],
      fetch: (live) => fetch(liveCallContext(ctx, live)),
    });
  }

  /**
   * A read that is never cached, only shared while in flight: what changes by itself upstream
   * (engagement tasks move on without anyone writing).
   */
  uncached<T>(
    operation: PartnerCentralOperation,
    input: object,
    ctx: CallContext,
    fetch: (call: CallContext) => Promise<T>,
  ): Promise<T> {
    return this.#reads.read({
      key: cacheKey(UpstreamSource.PARTNER_CENTRAL, 'live', operation, canonicalJson(input)),
      ttlMs: 0,
      fresh: ctx.fresh === true,
      deadline: ctx.deadline,
      // A task list read after a task start joins no call that started before it.
      scopeTags: [PARTNER_CENTRAL_LISTINGS_TAG],
      tags: () => [],
      fetch: (live) => fetch(liveCallContext(ctx, live)),
    });
  }

  /**
   * One record by id, cached for the record TTL and tagged with its global id. A record the
   * upstream does not have (null) is not cached: it may appear (an accepted invitation's new
   * opportunity), and the next look-up should see it.
   */
  async record<T>(
    kind: CachedRecordKind,
    parts: readonly string[],
    globalId: string,
    ctx: CallContext,
    fetch: (call: CallContext) => Promise<T | null>,
  ): Promise<T | null> {
    const found = await this.#reads
      .read<{ value: T | null }>({
        key: this.recordKey(kind, parts),
        ttlMs: this.ttls.recordsMs,
        fresh: ctx.fresh === true,
        deadline: ctx.deadline,
        // A look-up after a write to the record joins no call that started before it.
        scopeTags: [globalId],
        tags: () => [globalId],
        fetch: async (live) => {
          const value = await fetch(liveCallContext(ctx, live));
          if (value === null) throw new Absent();
          return { value };
        },
      })
      .catch((error: unknown) => {
        if (error instanceof Absent) return { value: null };
        throw error;
      });
    return found.value;
  }

  recordKey(kind: CachedRecordKind, parts: readonly string[]): string {
    return cacheKey(UpstreamSource.PARTNER_CENTRAL, kind, ...parts);
  }

  /** Cached records of one kind, in key order (undefined: not cached); none when `fresh`. */
  async cachedRecords<T>(keys: readonly string[], ctx: CallContext): Promise<(T | undefined)[]> {
    if (this.ttls.recordsMs <= 0 || ctx.fresh) return keys.map(() => undefined);
    return this.state.cache.getMany<T>(keys);
  }

  /** Stores records read at `readStartedAt`, each tagged with its own global id. */
  async storeRecords(
    entries: readonly { key: string; value: unknown; globalId: string }[],
    readStartedAt: number,
  ): Promise<void> {
    const ttlMs = this.ttls.recordsMs;
    if (ttlMs <= 0) return;
    await Promise.all(
      entries.map(({ key, value, globalId }) =>
        this.state.cache.setMany([{ key, value }], { ttlMs, tags: [globalId] }, readStartedAt),
      ),
    );
  }

  /**
   * What a write changed: the records with these global ids, and every listing page (a write can
   * move a record into or out of any filtered list). Done before the write is answered, so the
   * caller's next read, on any replica, sees it.
   */
  async invalidate(globalIds: readonly string[]): Promise<void> {
    await this.state.cache.invalidate([], [...globalIds, PARTNER_CENTRAL_LISTINGS_TAG]);
  }
}

/** A record the upstream does not have: not stored, and not shared past the flight that saw it. */
class Absent extends Error {
  constructor() {
    super('absent');
  }
}
