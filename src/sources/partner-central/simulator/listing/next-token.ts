/**
 * Opaque `NextToken`s. The service documents them as opaque strings
 * (docs/upstreams/partner-central.md#pagination); the simulator makes them tamper-evident so client
 * bugs show up: base64url of {request fingerprint, offset, issuedAt} plus an HMAC-SHA256 under a
 * per-simulator random secret. The fingerprint covers the operation, catalog, filters and sort but
 * not MaxResults, so a client may change the page size between pages (as the SDK paginators allow)
 * but not the query.
 *
 * A token that does not verify, was issued for another query, or is older than the TTL is a
 * ValidationException on NextToken (INVALID_VALUE). Rotating the secret (reset) voids every token.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';
import type { FieldError } from '../validation/field-error.js';

export const DEFAULT_TOKEN_TTL_MS = 15 * 60_000;

interface TokenPayload {
  readonly f: string;
  readonly o: number;
  readonly t: number;
}

/** Fingerprint of a list request: everything but the paging members. */
export function queryFingerprint(operation: string, input: Record<string, unknown>): string {
  const { NextToken: _token, MaxResults: _size, ...query } = input;
  return createHash('sha256').update(canonicalJson({ operation, query })).digest('base64url');
}

const invalid = (message: string): FieldError => ({
  FieldName: 'NextToken',
  Message: message,
  Code: 'INVALID_VALUE',
});

function isPayload(value: unknown): value is TokenPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { f, o, t } = value as Record<string, unknown>;
  return (
    typeof f === 'string' &&
    typeof o === 'number' &&
    Number.isSafeInteger(o) &&
    o >= 0 &&
    typeof t === 'number' &&
    Number.isFinite(t)
  );
}

export class NextTokenCodec {
  #secret = randomBytes(32);

  constructor(readonly ttlMs: number) {}

  /** A new secret: every token issued so far stops verifying. */
  rotate(): void {
    this.#secret = randomBytes(32);
  }

  issue(fingerprint: string, offset: number, nowMs: number): string {
    const payload: TokenPayload = { f: fingerprint, o: offset, t: nowMs };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.#sign(body)}`;
  }

  /** The offset the token resumes at, or the FieldError that rejects it. */
  read(token: string, fingerprint: string, nowMs: number): number | FieldError {
    const [body, signature, ...rest] = token.split('.');
    if (body === undefined || signature === undefined || rest.length > 0) {
      return invalid('NextToken is not a token this service issued');
    }
    const expected = Buffer.from(this.#sign(body));
    const actual = Buffer.from(signature);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
      return invalid('NextToken is not a token this service issued, or it was altered');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return invalid('NextToken is not a token this service issued');
    }
    if (!isPayload(payload)) return invalid('NextToken is not a token this service issued');
    if (payload.f !== fingerprint) {
      return invalid('NextToken belongs to a request with other filters, sort or catalog');
    }
    if (nowMs - payload.t > this.ttlMs) {
      return invalid(`NextToken has expired (tokens are valid for ${this.ttlMs} ms)`);
    }
    return payload.o;
  }

  #sign(body: string): string {
    return createHmac('sha256', this.#secret).update(body).digest('base64url');
  }
}
