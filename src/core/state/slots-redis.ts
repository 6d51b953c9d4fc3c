import { randomUUID } from 'node:crypto';
import { LUA_NOW_MS, luaScript, wholeNumber, type RedisStateClient } from './redis-state-client.js';
import { checkSlotArguments, type SlotStore } from './slots.js';

// KEYS[1] of every script: a sorted set of lease ids scored by their expiry (server ms). Each
// script first drops expired leases, so a crashed holder's slot comes back without a sweeper.
const DROP_EXPIRED = `${LUA_NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
`;

/** ARGV: max, leaseMs, lease id. 1 when leased. The key lives as long as its longest lease. */
const TRY_ACQUIRE = luaScript(
  'slots.tryAcquire',
  `${DROP_EXPIRED}
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], now + lease, ARGV[3])
if redis.call('PTTL', KEYS[1]) < lease then redis.call('PEXPIRE', KEYS[1], lease) end
return 1`,
);

/** ARGV[1]: lease id. 1 when it was held; an expired lease is dropped first, so it answers 0. */
const RELEASE = luaScript(
  'slots.release',
  `${DROP_EXPIRED}
return redis.call('ZREM', KEYS[1], ARGV[1])`,
);

const IN_USE = luaScript(
  'slots.inUse',
  `${DROP_EXPIRED}
return redis.call('ZCARD', KEYS[1])`,
);

/** Concurrency slots shared by every replica on one Redis; each call is one atomic script. */
export class RedisSlots implements SlotStore {
  constructor(
    private readonly redis: RedisStateClient,
    private readonly options: { prefix?: string } = {},
  ) {}

  async tryAcquire(key: string, max: number, leaseMs: number): Promise<string | null> {
    checkSlotArguments(max, leaseMs);
    const lease = randomUUID();
    const reply = await this.redis.run(TRY_ACQUIRE, [this.#key(key)], [max, leaseMs, lease]);
    return wholeNumber(TRY_ACQUIRE.name, reply) === 1 ? lease : null;
  }

  async release(key: string, lease: string): Promise<boolean> {
    const reply = await this.redis.run(RELEASE, [this.#key(key)], [lease]);
    return wholeNumber(RELEASE.name, reply) === 1;
  }

  async inUse(key: string): Promise<number> {
    return wholeNumber(IN_USE.name, await this.redis.run(IN_USE, [this.#key(key)], []));
  }

  #key(key: string): string {
    return `${this.options.prefix ?? 'og:'}slots:{${key}}`;
  }
}
