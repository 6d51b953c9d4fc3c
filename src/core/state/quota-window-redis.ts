import { randomUUID } from 'node:crypto';
import {
  checkDuration,
  checkQuotaLimit,
  type QuotaDecision,
  type QuotaLimit,
  type QuotaWindowStore,
} from './quota-window.js';
import { LUA_NOW_MS, luaScript, wholeNumber, type RedisStateClient } from './redis-state-client.js';

/**
 * KEYS[1]: a sorted set of grant times (score, server ms) with unique members; KEYS[2]: the
 * back-off marker, alive while the back-off lasts. ARGV: calls, windowMs, a fresh member.
 * Returns 0 when granted, else the ms until a call could be.
 */
const TRY_ACQUIRE = luaScript(
  'quota-window.tryAcquire',
  `${LUA_NOW_MS}
local calls = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local wait = math.max(0, redis.call('PTTL', KEYS[2]))
local count = redis.call('ZCARD', KEYS[1])
if count >= calls then
  local leaving = redis.call('ZRANGE', KEYS[1], count - calls, count - calls, 'WITHSCORES')
  wait = math.max(wait, tonumber(leaving[2]) + window - now)
end
if wait > 0 then return wait end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0`,
);

/**
 * KEYS[1]: the window's sorted set; ARGV: the grant's member, windowMs. Moves a grant still in the
 * window to the server's now (ZADD XX: never adds one that has left), and keeps the key alive for
 * a window from then.
 */
const REACHED = luaScript(
  'quota-window.reached',
  `${LUA_NOW_MS}
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
end
return 0`,
);

/** KEYS[1]: the back-off marker; ARGV[1]: ms. Only ever lengthens the running back-off. */
const BACK_OFF = luaScript(
  'quota-window.backOff',
  `local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < ms then redis.call('SET', KEYS[1], '1', 'PX', ms) end
return 0`,
);

/**
 * The quota window shared by every replica on one Redis. One script per call keeps the check and
 * the record atomic, so two replicas can never both take the last call of a window. Keys expire
 * with their window, so an idle quota costs nothing.
 */
export class RedisQuotaWindow implements QuotaWindowStore {
  constructor(
    private readonly redis: RedisStateClient,
    private readonly options: { prefix?: string } = {},
  ) {}

  async tryAcquire(key: string, limit: QuotaLimit): Promise<QuotaDecision> {
    checkQuotaLimit(limit);
    const ticket = randomUUID();
    const reply = await this.redis.run(
      TRY_ACQUIRE,
      [this.#windowKey(key), this.#backOffKey(key)],
      [limit.calls, limit.windowMs, ticket],
    );
    const wait = wholeNumber(TRY_ACQUIRE.name, reply);
    return wait === 0 ? { granted: true, ticket } : { granted: false, retryInMs: wait };
  }

  async reached(key: string, ticket: string, limit: QuotaLimit): Promise<void> {
    checkQuotaLimit(limit);
    await this.redis.run(REACHED, [this.#windowKey(key)], [ticket, limit.windowMs]);
  }

  async backOff(key: string, ms: number): Promise<void> {
    checkDuration('back-off', ms);
    await this.redis.run(BACK_OFF, [this.#backOffKey(key)], [ms]);
  }

  // The braces are a hash tag: both keys of one quota land on one Redis Cluster slot, which a
  // script touching both requires.
  #windowKey(key: string): string {
    return `${this.options.prefix ?? 'og:'}quota:{${key}}`;
  }

  #backOffKey(key: string): string {
    return `${this.options.prefix ?? 'og:'}quota:{${key}}:back-off`;
  }
}
