import {
  MemoryCacheStore,
  MemoryLocks,
  MemoryQuotaWindow,
  RedisCacheStore,
  RedisLocks,
  RedisQuotaWindow,
  RedisSlots,
  RedisStateClient,
  type LockStore,
  type QuotaWindowStore,
} from '../state/index.js';
import { ConcurrencyLimiter } from '../http/concurrency-limiter.js';
import { SlidingWindowLimiter } from '../http/sliding-window-limiter.js';
import type { SharedCallSource } from '../http/caller-deadline.js';
import { CachedReads } from './cached-reads.js';
import { SharedStateHealth, type HealthLog, type SharedStateStatus } from './health.js';
import {
  localShareLimiter,
  SharedQuotaLimiter,
  type QuotaLimiter,
  type QuotaSpec,
} from './quota-limiter.js';
import { SharedCache } from './shared-cache.js';
import { SharedSlotLimiter, type SlotLimiter } from './slot-limiter.js';
import type { UpstreamObserver } from '../telemetry/upstream-observer.js';

export interface SharedStateOptions {
  /** Unset: everything in this process. Set: quotas, slots, locks and cache shared on Redis. */
  readonly redisUrl?: string | undefined;
  /** Key prefix in Redis, so several deployments can share one server. */
  readonly redisPrefix: string;
  /** Fraction of every quota and slot count a replica uses alone while Redis is unreachable. */
  readonly localShare: number;
  /** Bounds of the in-memory cache. */
  readonly cacheMaxEntries: number;
  readonly cacheMaxChars: number;
  readonly log: HealthLog;
  /** Told of every cache read, shared identical read and Redis transition (metrics, traces). */
  readonly observer?: UpstreamObserver | undefined;
}

/**
 * Everything the replicas of one deployment must share, built once at start-up and handed to the
 * source modules: quota limiters, concurrency slots, a lock store for fleet-wide work (one token
 * refresh), the cache, and cached reads that share identical calls. Without REDIS_URL the same
 * interfaces run in memory for this process alone.
 */
export interface SharedState {
  readonly health: SharedStateHealth;
  readonly cache: SharedCache;
  /** Locks for work the whole fleet does once at a time; in memory, this process's own. */
  readonly locks: LockStore;
  /** Whether the locks and cache reach other replicas (Redis), so waiting on them can pay off. */
  readonly fleetWide: boolean;
  /** `key` names one upstream quota (source and account); replicas with the same key share it. */
  quotaLimiter(key: string, spec: QuotaSpec): QuotaLimiter;
  /**
   * The quota windows themselves, answering at once and never queueing: for limits that refuse
   * instead of wait (a caller's request rate). Calls go through `health`, with a local fallback.
   */
  readonly quotaWindows: QuotaWindowStore;
  /** At most `max` calls in flight for `key` across the fleet; a lease lasts `leaseMs` at most. */
  slotLimiter(key: string, max: number, leaseMs: number): SlotLimiter;
  /** Read-through cached, shared reads of one source. */
  cachedReads(source: SharedCallSource): CachedReads;
  status(): SharedStateStatus;
  close(): Promise<void>;
}

export function openSharedState(options: SharedStateOptions): SharedState {
  return options.redisUrl ? redisState(options, options.redisUrl) : memoryState(options);
}

function memoryState(options: SharedStateOptions): SharedState {
  const { observer } = options;
  const health = new SharedStateHealth('memory', options.log);
  const cache = new SharedCache(
    new MemoryCacheStore({ maxEntries: options.cacheMaxEntries, maxChars: options.cacheMaxChars }),
    health,
    observer,
  );
  return {
    health,
    cache,
    locks: new MemoryLocks(),
    fleetWide: false,
    // One process: the limiter that sees every caller can refuse a hopeless wait up front.
    quotaLimiter: (_key, spec) => new SlidingWindowLimiter(spec),
    quotaWindows: new MemoryQuotaWindow(),
    slotLimiter: (_key, max) => new ConcurrencyLimiter(max),
    cachedReads: (source) => new CachedReads(cache, source, undefined, observer),
    status: () => health.status(),
    close: () => cache.close(),
  };
}

function redisState(options: SharedStateOptions, url: string): SharedState {
  // The client reports connection errors to the health it is built before, hence the holder.
  const holder: { health?: SharedStateHealth } = {};
  const redis = new RedisStateClient({
    url,
    onError: (error) => holder.health?.failed(error),
    // Reconnected: say so at once, so /ready of an idle replica does not stay degraded.
    onReady: () => holder.health?.succeeded(),
  });
  const { observer } = options;
  const live = new SharedStateHealth('redis', options.log, {
    isConnected: () => redis.isReady,
    ...(observer ? { observer } : {}),
  });
  holder.health = live;
  const prefix = options.redisPrefix;
  const store = new RedisCacheStore(redis, { prefix: `${prefix}cache:` });
  const cache = new SharedCache(store, live, observer);
  const quotas = new RedisQuotaWindow(redis, { prefix });
  const slots = new RedisSlots(redis, { prefix });
  const locks = new RedisLocks(redis, { prefix });
  const { localShare } = options;
  return {
    health: live,
    cache,
    locks,
    fleetWide: true,
    quotaLimiter: (key, spec) =>
      new SharedQuotaLimiter(quotas, live, key, spec, localShareLimiter(spec, localShare)),
    quotaWindows: quotas,
    slotLimiter: (key, max, leaseMs) =>
      new SharedSlotLimiter(
        slots,
        live,
        key,
        max,
        leaseMs,
        new ConcurrencyLimiter(Math.max(1, Math.floor(max * localShare))),
      ),
    cachedReads: (source) => new CachedReads(cache, source, { locks, health: live }, observer),
    status: () => live.status(),
    close: async () => {
      await cache.close();
      redis.close();
    },
  };
}
