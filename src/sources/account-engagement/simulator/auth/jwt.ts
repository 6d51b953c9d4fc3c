/**
 * The JWT bearer grant's assertion (RS256 JWT with `iss` = client id, `sub` = username, `aud` =
 * login host, `exp`; docs/upstreams/account-engagement.md#jwt-bearer-assertion). Checked: three
 * base64url parts, a JSON header with `alg: RS256`, a JSON claims object, the four claims, and —
 * only when the simulator was given the connected app's public key — the RS256 signature. Without a
 * key the signature is not verified, only required to be present.
 *
 * Error names follow Salesforce's OAuth answers; the descriptions are simulator choices.
 */
import { verify, type KeyObject } from 'node:crypto';
import type { OAuthFailure } from './oauth-failure.js';

export interface AssertionExpectations {
  readonly clientId: string;
  readonly username: string;
  /** Accepted `aud` values. */
  readonly audiences: readonly string[];
  readonly nowMs: number;
  readonly publicKey: string | KeyObject | undefined;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const invalidGrant = (description: string): OAuthFailure => ({
  error: 'invalid_grant',
  description,
});

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Undefined when the assertion is acceptable, else the OAuth error to answer. */
export function checkAssertion(
  assertion: string,
  expected: AssertionExpectations,
): OAuthFailure | undefined {
  const parts = assertion.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) {
    return invalidGrant('invalid assertion');
  }
  const [headerPart = '', claimsPart = '', signaturePart = ''] = parts;
  const header = decodeJson(headerPart);
  const claims = decodeJson(claimsPart);
  if (header === undefined || claims === undefined) return invalidGrant('invalid assertion');
  if (header.alg !== 'RS256') return invalidGrant('invalid assertion: alg must be RS256');
  if (claims.iss !== expected.clientId) {
    return { error: 'invalid_client_id', description: 'client identifier invalid' };
  }
  if (claims.sub !== expected.username) return invalidGrant("user hasn't approved this consumer");
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.some((aud) => typeof aud === 'string' && expected.audiences.includes(aud))) {
    return invalidGrant('audience is invalid');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1_000 <= expected.nowMs) {
    return invalidGrant('expired assertion');
  }
  if (expected.publicKey !== undefined) {
    const signed = Buffer.from(`${headerPart}.${claimsPart}`, 'utf8');
    const signature = Buffer.from(signaturePart, 'base64url');
    let valid = false;
    try {
      valid = verify('RSA-SHA256', signed, expected.publicKey, signature);
    } catch {
      valid = false;
    }
    if (!valid) return invalidGrant('invalid assertion signature');
  }
  return undefined;
}
