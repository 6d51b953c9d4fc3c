import {
  decodeCacheValue,
  encodeCacheValue,
  ttlMilliseconds,
  type CacheEntry,
  type CacheSetOptions,
  type CacheStore,
} from './cache-store.js';
import { luaScript, type RedisCommand, type RedisStateClient } from './redis-state-client.js';
import { CacheUnavailableError } from './shared-state-unavailable.js';

export interface RedisCacheStoreOptions {
  /** Every key of this store starts with it, so one Redis can hold several deployments. */
  readonly prefix?: string;
}

export const DEFAULT_CACHE_PREFIX = 'og:cache:';

/**
 * Drops every entry of the given tag sets, and the sets, in one atomic step, so no reader sees a
 * page dropped while the record it held survives. The entry keys come from the sets rather than
 * KEYS: fine on one Redis; on a cluster, a prefix with a hash tag (`{og}:cache:`) keeps them in one
 * slot. DEL takes them in chunks because Lua's unpack has a stack limit.
 */
const INVALIDATE_TAGS = luaScript(
  'cache.invalidateTags',
  `local dropped = 0
for _, tagKey in ipairs(KEYS) do
  local members = redis.call('SMEMBERS', tagKey)
  for i = 1, #members, 500 do
    dropped = dropped + redis.call('DEL', unpack(members, i, math.min(i + 499, #members)))
  end
  redis.call('DEL', tagKey)
end
return dropped`,
);

/**
 * The fleet's cache. Entries are strings under `<prefix>v:<key>` with a PX expiry; a tag is a set
 * `<prefix>t:<tag>` of entry keys whose expiry is pushed out to its longest-lived entry (PEXPIRE
 * NX for a new set, then GT), so tag sets expire on their own and never outlive what they index.
 * Writes go in one MULTI; every failure, and every call slower than the client's command
 * timeout, surfaces as CacheUnavailableError.
 */
export class RedisCacheStore implements CacheStore {
  readonly #prefix: string;

  constructor(
    private readonly redis: RedisStateClient,
    options: RedisCacheStoreOptions = {},
  ) {
    this.#prefix = options.prefix ?? DEFAULT_CACHE_PREFIX;
  }

  async get<T = unknown>(key: string): Promise<T | undefined> {
    const text = await this.#run('get', (op) => this.redis.get(op, this.#entryKey(key)));
    return decodeCacheValue<T>(text);
  }

  async getMany<T = unknown>(keys: readonly string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    const entryKeys = keys.map((key) => this.#entryKey(key));
    const texts = await this.#run('getMany', (op) => this.redis.mGet(op, entryKeys));
    return texts.map((text) => decodeCacheValue<T>(text));
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
    const px = String(ttl);
    const commands: RedisCommand[] = encoded.map(({ key, text }) => ['SET', key, text, 'PX', px]);
    for (const tag of new Set(options.tags ?? [])) {
      const tagKey = this.#tagKey(tag);
      commands.push(
        ['SADD', tagKey, ...encoded.map(({ key }) => key)],
        ['PEXPIRE', tagKey, px, 'NX'],
        ['PEXPIRE', tagKey, px, 'GT'],
      );
    }
    await this.#run('set', (op) => this.redis.transaction(op, commands));
  }

  async invalidate(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const entryKeys = keys.map((key) => this.#entryKey(key));
    await this.#run('invalidate', (op) => this.redis.del(op, entryKeys));
  }

  async invalidateTags(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    const keys = [...new Set(tags)].map((tag) => this.#tagKey(tag));
    await this.#run('invalidateTags', () => this.redis.run(INVALIDATE_TAGS, keys, []));
  }

  /** The client belongs to whoever made it (it may serve other stores): nothing to release. */
  async close(): Promise<void> {}

  #entryKey(key: string): string {
    return `${this.#prefix}v:${key}`;
  }

  #tagKey(tag: string): string {
    return `${this.#prefix}t:${tag}`;
  }

  /** The client's call, under the cache's wording of its error (see CacheUnavailableError). */
  async #run<T>(operation: string, call: (clientOperation: string) => Promise<T>): Promise<T> {
    try {
      return await call(`cache.${operation}`);
    } catch (error) {
      throw new CacheUnavailableError(operation, error);
    }
  }
}
