import { sourceModules } from '../sources/registry.js';

/**
 * The latency benchmark's server: in-process simulators, quotas far above the load (the figures
 * are about latency and concurrency, not about our own queueing at LeadSquared's 25 calls per 5 s
 * or Partner Central's published rates), and no cache (a cached answer would time the cache, not
 * the critical path).
 */
export function latencySettings(): Record<string, string> {
  return {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    LEADSQUARED_MODE: 'simulator',
    PARTNER_CENTRAL_MODE: 'simulator',
    ACCOUNT_ENGAGEMENT_MODE: 'simulator',
    PARTNER_CENTRAL_CATALOGS: 'AWS',
    SIMULATOR_RECORDS: '1000',
    LEADSQUARED_QUOTA_CALLS: '10000',
    PARTNER_CENTRAL_QUOTA_SCALE: '1000',
    ...Object.fromEntries(
      sourceModules
        .flatMap((module) => module.variables)
        .filter((name) => /_CACHE_\w+_TTL_MS$/.test(name))
        .map((name) => [name, '0']),
    ),
  };
}
