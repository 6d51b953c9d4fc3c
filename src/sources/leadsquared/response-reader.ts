import type { IncomingHttpHeaders } from 'node:http';
import {
  type DecodedBody,
  failureFromStatus,
  throttledFailure,
  type UpstreamFailure,
} from '../../core/http/index.js';
import type { WireError } from './wire.js';

export const RATE_LIMIT_EXCEPTION = 'MXAPIRateLimitExceededException';

/**
 * Exceptions that describe the request itself: LeadSquared may send them with HTTP 500
 * (docs/upstreams/leadsquared.md#errors-and-status-codes: MXInvalidEntityException "Lead does not
 * exist", MXDuplicateEntryException), but repeating the same request cannot succeed, so they are
 * rejections, not outages.
 */
const REQUEST_EXCEPTIONS = new Set([
  'MXInvalidEntityException',
  'MXDuplicateEntryException',
  'MXInvalidDataTypeException',
  'MXMandatoryAttributeMissingException',
  'MXInvalidActivityFieldsException',
  'MXInvalidInputException',
  'MXInvalidJsonException',
]);

function readErrorBody(body: string, decoded?: DecodedBody<unknown>): WireError | undefined {
  if (!body.trimStart().startsWith('{')) return undefined;
  try {
    const parsed = (decoded ? decoded.value() : JSON.parse(body)) as Partial<WireError>;
    return parsed && parsed.Status === 'Error' ? (parsed as WireError) : undefined;
  } catch {
    return undefined;
  }
}

function reasonOf(error: WireError | undefined): string | undefined {
  const message = error?.ExceptionMessage?.trim();
  return message ? message.slice(0, 300) : undefined;
}

/**
 * An error body under a status that does not say "rejected" (200, 500): read as a 400, but with the
 * status the upstream really sent, in upstreamStatus and in the message alike.
 */
function rejection(status: number, error: WireError): UpstreamFailure {
  const reason = reasonOf(error);
  return {
    ...failureFromStatus(400, { upstreamCode: error.ExceptionType, reason }),
    status,
    message: `rejected the request (HTTP ${status})${reason ? `: ${reason}` : ''}`,
  };
}

/**
 * Throttling arrives as 429, as 403, or even as 200 with an error body
 * (docs/upstreams/leadsquared.md#throttling-in-practice), so the body is read before the status.
 */
export function describeLeadSquaredResponse(
  status: number,
  body: string,
  _headers: IncomingHttpHeaders,
  decoded?: DecodedBody<unknown>,
): UpstreamFailure | null {
  // A success page decoded here is not decoded again by the request's parse.
  const error = readErrorBody(body, decoded);
  if (error?.ExceptionType === RATE_LIMIT_EXCEPTION) {
    return throttledFailure(
      status,
      RATE_LIMIT_EXCEPTION,
      reasonOf(error) ?? 'API calls exceeded the limit',
    );
  }
  if (status >= 200 && status < 300) {
    if (!error) return null;
    return rejection(status, error);
  }
  if (error?.ExceptionType && REQUEST_EXCEPTIONS.has(error.ExceptionType) && status >= 500) {
    return rejection(status, error);
  }
  // A 401 body may name the right regional host; that is no secret, but keys never appear in it.
  return failureFromStatus(status, { upstreamCode: error?.ExceptionType, reason: reasonOf(error) });
}
