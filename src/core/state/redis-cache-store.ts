import type { createClient } from 'redis';
import {
  CacheUnavailableError,
  decodeCacheValue,
  encodeCacheValue,
  ttlMilliseconds,
  type CacheEntry,
  type CacheSetOptions,
  type CacheStore,
} from './cache-store.js';

/** Any node-redis client; modules, scripts and RESP version do not matter to this store. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRedisClient = ReturnType<typeof createClient<any, any, any, any>>;

export interface RedisCacheStoreOptions {
  /** A connected (or connecting) client; the store never closes it, others may share it. */
  readonly client: AnyRedisClient;
  /** Every key of this store starts with it, so one Redis can hold several deployments. */
  readonly prefix?: string;
  /**
   * The longest any call may take before it fails with CacheUnavailableError. node-redis's own
   * command timeout stops counting once a command is written, so a hung server (accepting bytes,
   * answering nothing) would otherwise keep the caller waiting for ever.
   */
  readonly timeoutMs?: number;
}

export const DEFAULT_CACHE_PREFIX = 'og:cache:';
export const DEFAULT_CACHE_TIMEOUT_MS = 500;

/**
 * Drops every entry of the given tag sets, and the sets, in one atomic step, so no reader sees a
 * page dropped while the record it held survives. The entry keys come from the sets rather than
 * KEYS: fine on one Redis; on a cluster, a prefix with a hash tag (`{og}:cache:`) keeps them in one
 * slot. DEL takes them in chunks because Lua's unpack has a stack limit.
 */
const INVALIDATE_TAGS = `
local dropped = 0
for _, tagKey in ipairs(KEYS) do
  local members = redis.call('SMEMBERS', tagKey)
  for i = 1, #members, 500 do
    dropped = dropped + redis.call('DEL', unpack(members, i, math.min(i + 499, #members)))
  end
  redis.call('DEL', tagKey)
end
return dropped
`;

/**
 * The fleet's cache. Entries are strings under `<prefix>v:<key>` with a PX expiry; a tag is a set
 * `<prefix>t:<tag>` of entry keys whose expiry is pushed out to its longest-lived entry (PEXPIRE
 * NX for a new set, then GT), so tag sets expire on their own and never outlive what they index.
 * Writes go in one MULTI; every failure, and every call slower than `timeoutMs`, surfaces as
 * CacheUnavailableError.
 */
export class RedisCacheStore implements CacheStore {
  readonly #client: AnyRedisClient;
  readonly #prefix: string;
  readonly #timeoutMs: number;

  constructor(options: RedisCacheStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? DEFAULT_CACHE_PREFIX;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_CACHE_TIMEOUT_MS;
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const text = await this.#run('get', () => this.#client.get(this.#entryKey(key)));
    return decodeCacheValue<T>(text as string | null);
  }

  async getMany<T = unknown>(keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const texts = await this.#run('getMany', () =>
      this.#client.mGet(keys.map((key) => this.#entryKey(key))),
    );
    return (texts as (string | null)[]).map((text) => decodeCacheValue<T>(text));
  }

  async set(key: string, value: unknown, options: CacheSetOptions): Promise<void> {
    await this.setMany([{ key, value }], options);
  }

  async setMany(entries: readonly CacheEntry[], options: CacheSetOptions): Promise<void> {
    const ttl = ttlMilliseconds(options);
    // Encoded before anything is sent: a bad value is the caller's bug, not an unavailable cache.
    const encoded = entries.map(({ key, value }) => ({
      key: this.#entryKey(key),
      text: encodeCacheValue(key, value),
    }));
    if (encoded.length === 0) return;
    const tags = [...new Set(options.tags ?? [])];
    await this.#run('set', () => {
      const multi = this.#client.multi();
      for (const { key, text } of encoded) {
        multi.set(key, text, { expiration: { type: 'PX', value: ttl } });
      }
      for (const tag of tags) {
        const tagKey = this.#tagKey(tag);
        multi.sAdd(
          tagKey,
          encoded.map(({ key }) => key),
        );
        multi.pExpire(tagKey, ttl, 'NX');
        multi.pExpire(tagKey, ttl, 'GT');
      }
      return multi.exec();
    });
  }

  async invalidate(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.#run('invalidate', () => this.#client.del(keys.map((key) => this.#entryKey(key))));
  }

  async invalidateTags(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    const keys = [...new Set(tags)].map((tag) => this.#tagKey(tag));
    await this.#run('invalidateTags', () =>
      this.#client.eval(INVALIDATE_TAGS, { keys, arguments: [] }),
    );
  }

  /** The client belongs to whoever made it (it may serve other stores): nothing to release. */
  async close(): Promise<void> {}

  #entryKey(key: string): string {
    return `${this.#prefix}v:${key}`;
  }

  #tagKey(tag: string): string {
    return `${this.#prefix}t:${tag}`;
  }

  /** The call, or CacheUnavailableError once it fails or outlives `timeoutMs`. */
  async #run<T>(operation: string, call: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
    });
    // Async so that a client throwing at once is caught like one rejecting.
    const pending = (async () => call())();
    // A call abandoned at the deadline still settles later; its outcome is of no interest then.
    pending.catch(() => undefined);
    try {
      return await Promise.race([pending, late]);
    } catch (error) {
      throw new CacheUnavailableError(operation, error);
    } finally {
      clearTimeout(timer);
    }
  }
}
