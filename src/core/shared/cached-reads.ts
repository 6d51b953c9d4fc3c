import { setTimeout as delay } from 'node:timers/promises';
import type { LockStore } from '../state/index.js';
import { SingleFlight } from '../http/single-flight.js';
import type { LiveDeadline, SharedCallSource } from '../http/caller-deadline.js';
import type { SharedStateHealth } from './health.js';
import type { SharedCache } from './shared-cache.js';
import { NO_OBSERVER, type UpstreamObserver } from '../telemetry/upstream-observer.js';

export interface CachedRead<T> {
  /** The cache key: everything the upstream answer depends on (see cacheKey). */
  readonly key: string;
  /** How long the answer may be served; 0 turns caching off (calls are still shared). */
  readonly ttlMs: number;
  /** Tags to store it under: the ids it holds, and its source's listing tag for pages. */
  tags(value: T): readonly string[];
  /**
   * Tags known before the call (a page's listing tag): a caller arriving after one of them was
   * invalidated does not join a call that started before, which may read what the write changed.
   */
  readonly scopeTags?: readonly string[];
  /** The caller sent `Cache-Control: no-cache`: not from the cache, and not joined to older calls. */
  readonly fresh: boolean;
  readonly deadline: number;
  /** The upstream call, under the shared call's live deadline (see SingleFlight). */
  fetch(call: LiveDeadline): Promise<T>;
}

/** How often a replica waiting for another replica's identical call looks for its answer. */
const FLEET_POLL_MS = 20;

/**
 * Read-through caching of upstream reads, with identical reads shared: first the cache; on a miss
 * one call per key in this process (SingleFlight), and with a fleet lock store (Redis) one call
 * per key in the whole fleet: the replica that takes `flight:<key>` calls the upstream and stores
 * the answer, the others look for it in the cache until it is there, or until the lock is free
 * again (its holder failed or stored nothing), in which case they call themselves.
 */
export class CachedReads {
  readonly #flights: SingleFlight<unknown>;

  constructor(
    private readonly cache: SharedCache,
    source: SharedCallSource,
    private readonly fleet: { locks: LockStore; health: SharedStateHealth } | undefined,
    observer: UpstreamObserver = NO_OBSERVER,
  ) {
    this.#flights = new SingleFlight(source, (requests) => {
      if (requests > 1) observer.sharedCall({ source: source.source, kind: 'identical', requests });
    });
  }

  async read<T>(spec: CachedRead<T>): Promise<T> {
    const caching = spec.ttlMs > 0;
    if (caching && !spec.fresh) {
      const hit = await this.cache.get<T>(spec.key);
      if (hit !== undefined) return hit;
    }
    // The generation: after a write, callers start a new call instead of joining an older one.
    const generation = this.cache.lastInvalidated(spec.scopeTags ?? []);
    const flightKey = `${spec.fresh ? 'fresh|' : ''}${generation}|${spec.key}`;
    return this.#flights.run(flightKey, spec.deadline, async (live) => {
      if (!caching) return spec.fetch(live);
      if (!spec.fresh && this.fleet) return this.#onceInFleet(spec, live);
      return this.#fetchAndStore(spec, live);
    }) as Promise<T>;
  }

  async #fetchAndStore<T>(spec: CachedRead<T>, live: LiveDeadline): Promise<T> {
    const startedAt = Date.now();
    const value = await spec.fetch(live);
    await this.cache.setMany(
      [{ key: spec.key, value }],
      { ttlMs: spec.ttlMs, tags: spec.tags(value) },
      startedAt,
    );
    return value;
  }

  async #onceInFleet<T>(spec: CachedRead<T>, live: LiveDeadline): Promise<T> {
    const { locks, health } = this.fleet!;
    const lockKey = `flight:${spec.key}`;
    for (;;) {
      const ttl = Math.max(1, Math.min(live.deadline - Date.now(), 30_000));
      // Redis unreachable: nobody can coordinate, so this replica calls on its own.
      const token = await health.attempt(
        () => locks.acquire(lockKey, ttl),
        () => 'local',
      );
      if (token !== null) {
        try {
          return await this.#fetchAndStore(spec, live);
        } finally {
          if (token !== 'local') {
            void health.attempt(
              () => locks.release(lockKey, token),
              () => false,
            );
          }
        }
      }
      if (live.deadline - Date.now() <= FLEET_POLL_MS) return spec.fetch(live);
      await delay(FLEET_POLL_MS, undefined, { ref: false });
      const stored = await this.cache.get<T>(spec.key);
      if (stored !== undefined) return stored;
    }
  }
}

/** A cache key from its parts; `v1` changes whenever what is stored changes shape. */
export function cacheKey(source: string, kind: string, ...parts: readonly string[]): string {
  return ['v1', source, kind, ...parts].join('|');
}

/**
 * The source and kind of a key cacheKey built, for metric labels: the parts after them hold ids
 * and queries and never leave. Anything else is `other`, so a label is always a fixed word.
 */
export function cacheKeyLabels(key: string): { source: string; kind: string } {
  const [version, source, kind] = key.split('|', 3);
  const word = /^[A-Za-z][A-Za-z_-]{0,39}$/;
  if (version !== 'v1' || !source || !kind || !word.test(source) || !word.test(kind))
    return { source: 'other', kind: 'other' };
  return { source, kind };
}
