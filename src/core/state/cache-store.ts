/**
 * A key-value cache of upstream reads, shared by every request of a process (in memory) or of a
 * fleet (Redis). One interface, two stores, one contract test suite run against both, so code
 * above it cannot tell which one it has.
 *
 * Values are JSON: both stores keep the serialised text, so a hit is always a fresh copy (a caller
 * that mutates what it got cannot change what the next caller gets) and a `Date` comes back as its
 * ISO string from either store alike.
 *
 * Tags are for invalidation only: a listing page is stored with the ids of the records it holds as
 * tags, so a write to one record drops every page that showed it. A tag may over-invalidate (an
 * entry re-stored under other tags can still be dropped by an old one) but never under-invalidates.
 */
export interface CacheStore {
  /** The value, or `undefined` on a miss (a stored `null` is a hit). */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** One result per key, in key order, in one round trip: what a DataLoader batch asks first. */
  getMany<T = unknown>(keys: readonly string[]): Promise<(T | undefined)[]>;
  set(key: string, value: unknown, options: CacheSetOptions): Promise<void>;
  /** Several entries with the same TTL and tags in one round trip (a page priming its records). */
  setMany(entries: readonly CacheEntry[], options: CacheSetOptions): Promise<void>;
  /** Drops these keys; missing ones are ignored. */
  invalidate(keys: readonly string[]): Promise<void>;
  /** Drops every entry stored with any of these tags, at once. */
  invalidateTags(tags: readonly string[]): Promise<void>;
  /** Releases what the store holds open (the Redis store does not own its client, see there). */
  close(): Promise<void>;
}

export interface CacheEntry {
  readonly key: string;
  readonly value: unknown;
}

export interface CacheSetOptions {
  /** Time to live in milliseconds, a positive number (rounded up to whole milliseconds). */
  readonly ttlMs: number;
  readonly tags?: readonly string[];
}

/** The TTL as whole milliseconds; a bad one is a programming error, so it throws at once. */
export function ttlMilliseconds(options: CacheSetOptions): number {
  const { ttlMs } = options;
  if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`cache ttlMs must be a positive number of milliseconds (got ${ttlMs})`);
  }
  return Math.ceil(ttlMs);
}

/** JSON text of a value; `undefined` (and what JSON cannot hold) cannot be told from a miss. */
export function encodeCacheValue(key: string, value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) {
    throw new TypeError(`cache value for "${key}" is not JSON-serialisable`);
  }
  return text;
}

/** The value of stored text; text that is not JSON (written by someone else) counts as a miss. */
export function decodeCacheValue<T>(text: string | null | undefined): T | undefined {
  if (text === null || text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
