import type { Secret } from '../../config.js';
import type { CacheTtls } from '../../config/cache-ttl.config.js';
import type { SharedState } from '../../core/shared/index.js';

/** What a LeadSquaredClient (client.ts) is built with. */
export interface LeadSquaredClientOptions {
  baseUrl: string;
  accessKey: Secret;
  secretKey: Secret;
  timeoutMs: number;
  quota: { calls: number; windowMs: number };
  maxRetries?: number;
  /** Quota, cache and shared calls: this process's, or the fleet's on Redis. */
  state: SharedState;
  cache: CacheTtls;
}
