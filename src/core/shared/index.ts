export { CachedReads, cacheKey, type CachedRead } from './cached-reads.js';
export { SharedStateHealth, type HealthLog, type SharedStateStatus } from './health.js';
export {
  localShareLimiter,
  SharedQuotaLimiter,
  type QuotaLimiter,
  type QuotaSpec,
} from './quota-limiter.js';
export { SharedCache } from './shared-cache.js';
export { openSharedState, type SharedState, type SharedStateOptions } from './shared-state.js';
export { SharedSlotLimiter, type SlotLimiter } from './slot-limiter.js';
export { readThroughMany, type ReadThroughMany } from './read-through-many.js';
