import { openSharedState, type SharedState } from '../../src/core/shared/index.js';

/** In-memory shared state, as a process without REDIS_URL has it; for tests that build clients. */
export function memorySharedState(options: { redisUrl?: string } = {}): SharedState {
  return openSharedState({
    redisUrl: options.redisUrl,
    redisPrefix: 'og-test:',
    localShare: 0.5,
    cacheMaxEntries: 10_000,
    cacheMaxChars: 64 * 1024 * 1024,
    log: { warn: () => undefined, info: () => undefined },
  });
}

/** Caching off: every read goes upstream. */
export const NO_CACHE = { recordsMs: 0, listingsMs: 0 } as const;
