import type { EnvReader } from './env-reader.js';

/**
 * Per-caller limits (docs/callers.md): a caller is the verified token's `sub`, else its
 * `client_id`. Without a verified caller (AUTH_MODE=none) there are none: the router in front
 * limits its callers then.
 */
export interface CallerLimitsConfig {
  /** Requests one caller may send per minute; 0 turns the limit off. */
  readonly requestsPerMinute: number;
  /**
   * The fraction of each source's quota window (and of its concurrency slots) one caller may use
   * in that window; 1: no per-caller cap, only the source's own limit.
   */
  readonly quotaShare: number;
}

export const CALLER_LIMITS_VARIABLES = [
  'CALLER_REQUESTS_PER_MINUTE',
  'CALLER_QUOTA_SHARE',
] as const;

export function readCallerLimitsConfig(env: EnvReader): CallerLimitsConfig {
  return {
    requestsPerMinute: env.int('CALLER_REQUESTS_PER_MINUTE', 600, 0, 1_000_000),
    // Below 0.01 a caller could not get one call of most windows; rounding gives it one anyway.
    quotaShare: env.number('CALLER_QUOTA_SHARE', 0.5, 0.01, 1),
  };
}
