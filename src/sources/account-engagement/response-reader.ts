import { ErrorCode } from '../../core/errors/index.js';
import {
  type DecodedBody,
  failureFromStatus,
  malformedFailure,
  type UpstreamFailure,
} from '../../core/http/index.js';
import type { Envelope } from './envelope.js';

/**
 * Error 184: the access token is invalid, unknown or expired
 * (docs/upstreams/account-engagement.md#api-headers, #error-codes).
 */
export const TOKEN_INVALID = 184;

const AUTH_CODES = new Set([1, 15, 46, 49, 181, 182, 184, 199, 201]);
const NOT_FOUND_CODES = new Set([3, 4, 35]);
const TRANSIENT_CODES = new Set([183, 214]);

/**
 * 88 and 89: the business unit answers one API version only, 4 when it allows several prospects
 * with one email address and 3 otherwise (docs/upstreams/account-engagement.md#versions-3-and-4).
 * Every call of the deployment fails alike, so the message names the setting that fixes it.
 */
const VERSION_REQUIRED: ReadonlyMap<number, 3 | 4> = new Map([
  [88, 4],
  [89, 3],
]);

/**
 * Maps a Pardot error code onto the codes of docs/errors.md. Success is decided by `stat`, not by
 * the HTTP status, which the API does not document per error
 * (docs/upstreams/account-engagement.md#http-status-codes).
 */
export function failureFromCode(code: number, message: string, status: number): UpstreamFailure {
  const upstreamCode = String(code);
  const reason = message.slice(0, 300);
  if (AUTH_CODES.has(code)) {
    return {
      code: ErrorCode.UPSTREAM_AUTH_FAILED,
      message: `rejected the credentials (error ${code}: ${reason})`,
      status,
      upstreamCode,
      retryable: false,
      notProcessed: true,
    };
  }
  const required = VERSION_REQUIRED.get(code);
  if (required !== undefined) {
    return {
      code: ErrorCode.UPSTREAM_REJECTED,
      message:
        `refused the API version (error ${code}: ${reason}): ` +
        `the business unit needs ACCOUNT_ENGAGEMENT_API_VERSION=${required}`,
      status,
      upstreamCode,
      retryable: false,
      notProcessed: true,
    };
  }
  if (code === 66) {
    // Over the concurrent-request limit: the request was refused before doing anything.
    return {
      code: ErrorCode.UPSTREAM_THROTTLED,
      message: `refused a concurrent request (error 66)`,
      status,
      upstreamCode,
      retryable: true,
      notProcessed: true,
    };
  }
  if (code === 122) {
    // The daily quota resets at the start of the account's day: no retry helps today.
    return {
      code: ErrorCode.UPSTREAM_THROTTLED,
      message: 'daily API rate limit met (error 122)',
      status,
      upstreamCode,
      retryable: false,
      notProcessed: true,
    };
  }
  if (TRANSIENT_CODES.has(code)) {
    return {
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      message: `failed (error ${code}: ${reason})`,
      status,
      upstreamCode,
      retryable: true,
      notProcessed: false,
    };
  }
  if (NOT_FOUND_CODES.has(code)) {
    return {
      code: ErrorCode.NOT_FOUND,
      message: `found no such record (error ${code}: ${reason})`,
      status,
      upstreamCode,
      retryable: false,
      notProcessed: true,
    };
  }
  return {
    code: ErrorCode.UPSTREAM_REJECTED,
    message: `rejected the request (error ${code}: ${reason})`,
    status,
    upstreamCode,
    retryable: false,
    notProcessed: true,
  };
}

/**
 * describeResponse of the Account Engagement transport: the envelope as the transport decoded it
 * (read once, and read again by the request's parse at no cost).
 */
export function describeAccountEngagementResponse(
  status: number,
  body: string,
  _headers: unknown,
  decoded: DecodedBody<Envelope>,
): UpstreamFailure | null {
  // delete and undelete answer success with no body.
  if (status >= 200 && status < 300 && body.trim() === '') return null;
  let envelope;
  try {
    envelope = decoded.value();
  } catch {
    return status >= 400
      ? failureFromStatus(status, {})
      : malformedFailure(status, 'unreadable envelope');
  }
  if (envelope.ok) return status >= 400 ? failureFromStatus(status, {}) : null;
  const { code, message } = envelope.failure;
  return Number.isInteger(code)
    ? failureFromCode(code, message, status)
    : failureFromStatus(status, { reason: message });
}
