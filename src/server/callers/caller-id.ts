import { createHash } from 'node:crypto';

/** Who a verified token speaks for, and which claim said so. */
export interface CallerId {
  /** For logs only: it may be an email address, so it never goes into a shared key. */
  readonly id: string;
  readonly claim: 'sub' | 'client_id';
}

/**
 * A token's caller: its `sub`, else its `client_id` (a machine client's token may carry only
 * that). Neither: no caller, so no per-caller limits for that request.
 */
export function callerIdOf(token: {
  readonly subject?: string | undefined;
  readonly clientId?: string | undefined;
}): CallerId | undefined {
  if (token.subject) return { id: token.subject, claim: 'sub' };
  if (token.clientId) return { id: token.clientId, claim: 'client_id' };
  return undefined;
}

/**
 * The caller's name in shared keys: 16 hex digits of a SHA-256 over the claim and the id, so the
 * id itself never reaches Redis or a metric, and a `sub` and a `client_id` of the same text are
 * different callers. 64 bits: two of a deployment's callers sharing a digest is not a concern.
 */
export function callerDigest(caller: CallerId): string {
  return createHash('sha256').update(`${caller.claim}:${caller.id}`).digest('hex').slice(0, 16);
}
