import { randomUUID } from 'node:crypto';
import { checkLockTtl, type LockStore } from './lock.js';
import { luaScript, wholeNumber, type RedisStateClient } from './redis-state-client.js';

/** KEYS[1]: the lock; ARGV: token, ttlMs. Redis expires it on its own clock. */
const ACQUIRE = luaScript(
  'lock.acquire',
  `if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', tonumber(ARGV[2])) then return 1 end
return 0`,
);

/** Compare and delete in one step: a GET then a DEL could delete a lock taken in between. */
const RELEASE = luaScript(
  'lock.release',
  `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
);

/** A lock shared by every replica on one Redis (a single instance, not Redlock over several). */
export class RedisLocks implements LockStore {
  constructor(
    private readonly redis: RedisStateClient,
    private readonly options: { prefix?: string } = {},
  ) {}

  async acquire(key: string, ttlMs: number): Promise<string | null> {
    checkLockTtl(ttlMs);
    const token = randomUUID();
    const reply = await this.redis.run(ACQUIRE, [this.#key(key)], [token, ttlMs]);
    return wholeNumber(ACQUIRE.name, reply) === 1 ? token : null;
  }

  async release(key: string, token: string): Promise<boolean> {
    const reply = await this.redis.run(RELEASE, [this.#key(key)], [token]);
    return wholeNumber(RELEASE.name, reply) === 1;
  }

  #key(key: string): string {
    return `${this.options.prefix ?? 'og:'}lock:{${key}}`;
  }
}
