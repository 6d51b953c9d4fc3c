import { createHash } from 'node:crypto';
import type { Secret } from '../../config.js';
import { UpstreamSource } from '../../core/errors/index.js';
import type { SourceQuota } from '../../core/http/index.js';
import { QUOTA_MARGIN_MS } from './limits.js';

/**
 * The account's quota as the shared state and a caller's share of it name it. The quota is the
 * account's: replicas with the same access key share one window on Redis. The key is named by a
 * digest, never by the access key itself.
 */
export function accountQuota(
  accessKey: Secret,
  quota: { calls: number; windowMs: number },
): SourceQuota {
  return {
    source: UpstreamSource.LEADSQUARED,
    displayName: 'LeadSquared',
    key: `leadsquared:${accountDigest(accessKey)}`,
    ...quota,
    marginMs: QUOTA_MARGIN_MS,
  };
}

/** A short digest naming the account in shared keys: replicas with the same key share a quota. */
function accountDigest(accessKey: Secret): string {
  return createHash('sha256').update(accessKey.reveal()).digest('hex').slice(0, 16);
}
