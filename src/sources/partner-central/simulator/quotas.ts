/**
 * Per-operation request rates from the published quotas
 * (docs/upstreams/partner-central.md#rate-limits).
 * The rolling 24-hour quotas (100,000 reads, 10,000 writes) are not simulated.
 */
import { PUBLISHED_REQUESTS_PER_SECOND } from '../quotas.js';
import type { OperationName } from './operations/operation-names.js';

/**
 * The simulator enforces the same published table the client queues by: one source of truth for
 * what the upstream allows, so the two cannot drift apart.
 */
export const REQUESTS_PER_SECOND: Readonly<Record<OperationName, number>> =
  PUBLISHED_REQUESTS_PER_SECOND;

/** `false` turns throttling off; `scale` multiplies every rate (e.g. 0.5 halves them). */
export type ThrottlingOption = false | { readonly scale: number };
