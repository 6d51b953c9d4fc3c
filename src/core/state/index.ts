export {
  checkDuration,
  checkQuotaLimit,
  type QuotaDecision,
  type QuotaLimit,
  type QuotaWindowStore,
} from './quota-window.js';
export { MemoryQuotaWindow } from './quota-window-memory.js';
export { RedisQuotaWindow } from './quota-window-redis.js';
export { checkSlotArguments, type SlotStore } from './slots.js';
export { MemorySlots } from './slots-memory.js';
export { RedisSlots } from './slots-redis.js';
export { checkLockTtl, withLock, type LockOutcome, type LockStore } from './lock.js';
export { MemoryLocks } from './lock-memory.js';
export { RedisLocks } from './lock-redis.js';
export type { CacheEntry, CacheSetOptions, CacheStore } from './cache-store.js';
export { MemoryCacheStore, type MemoryCacheStoreOptions } from './memory-cache-store.js';
export {
  DEFAULT_CACHE_PREFIX,
  RedisCacheStore,
  type RedisCacheStoreOptions,
} from './redis-cache-store.js';
export {
  DEFAULT_COMMAND_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_MAX_RECONNECT_DELAY_MS,
  RedisStateClient,
  type RedisStateClientOptions,
} from './redis-state-client.js';
export {
  CacheUnavailableError,
  SharedStateUnavailableError,
  type SharedStateFailure,
} from './shared-state-unavailable.js';
