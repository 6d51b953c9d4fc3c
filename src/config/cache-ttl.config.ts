import type { EnvReader } from './env-reader.js';

/**
 * How long a source's upstream reads may be served from the cache: the bound on how stale an
 * answer can be after a change made outside this server (writes through it invalidate at once).
 * 0 turns that kind of caching off; identical reads in flight are still shared.
 */
export interface CacheTtls {
  /** Records read by id (DataLoader look-ups). */
  readonly recordsMs: number;
  /** Listing pages (one upstream page of a list or search). */
  readonly listingsMs: number;
}

export const DEFAULT_CACHE_TTLS: CacheTtls = { recordsMs: 30_000, listingsMs: 10_000 };

/** `<PREFIX>_CACHE_RECORD_TTL_MS` and `<PREFIX>_CACHE_LISTING_TTL_MS`. */
export function cacheTtlVariables(prefix: string): readonly string[] {
  return [`${prefix}_CACHE_RECORD_TTL_MS`, `${prefix}_CACHE_LISTING_TTL_MS`];
}

export function readCacheTtls(
  env: EnvReader,
  prefix: string,
  defaults: CacheTtls = DEFAULT_CACHE_TTLS,
): CacheTtls {
  const [records, listings] = cacheTtlVariables(prefix) as [string, string];
  return {
    recordsMs: env.int(records, defaults.recordsMs, 0, 86_400_000),
    listingsMs: env.int(listings, defaults.listingsMs, 0, 86_400_000),
  };
}
