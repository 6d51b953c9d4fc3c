import type { EnvReader } from './env-reader.js';
import { Secret } from './secret.js';

export interface SharedStateConfig {
  /**
   * Where the replicas of one deployment share quotas, slots, the Account Engagement token, the
   * cache and identical calls. Unset: all of it lives in this process. A Secret, because the URL
   * may carry a password.
   */
  readonly redisUrl: Secret | undefined;
  /** Prefix of every Redis key, so several deployments can share one server. */
  readonly redisKeyPrefix: string;
  /**
   * Fraction of each quota and concurrency limit one replica uses on its own while Redis is
   * unreachable; set it to 1 / (number of replicas) to stay under the account's limits then.
   */
  readonly localQuotaShare: number;
  /** Bounds of the in-memory cache (without Redis): entries, and megabytes of JSON text. */
  readonly cacheMaxEntries: number;
  readonly cacheMaxMb: number;
}

export const SHARED_STATE_VARIABLES = [
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'QUOTA_LOCAL_SHARE',
  'CACHE_MAX_ENTRIES',
  'CACHE_MAX_MB',
] as const;

export function readSharedStateConfig(env: EnvReader): SharedStateConfig {
  return {
    redisUrl: readRedisUrl(env),
    redisKeyPrefix: readPrefix(env),
    localQuotaShare: env.number('QUOTA_LOCAL_SHARE', 0.5, 0.01, 1),
    cacheMaxEntries: env.int('CACHE_MAX_ENTRIES', 10_000, 1, 10_000_000),
    cacheMaxMb: env.int('CACHE_MAX_MB', 64, 1, 65_536),
  };
}

/** redis:// or rediss://, checked without ever quoting the value (it may hold a password). */
function readRedisUrl(env: EnvReader): Secret | undefined {
  const value = env.raw('REDIS_URL');
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || !url.hostname) {
    env.problems.push(
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    );
    return undefined;
  }
  return new Secret(value);
}

function readPrefix(env: EnvReader): string {
  const value = env.string('REDIS_KEY_PREFIX', 'og:');
  if (!/^[A-Za-z0-9:_{}.-]{1,64}$/.test(value)) {
    env.problems.push(
      `REDIS_KEY_PREFIX must be 1 to 64 letters, digits or : _ { } . - (got "${value}")`,
    );
    return 'og:';
  }
  return value;
}
