import { ErrorCode } from '../../core/errors/index.js';
import {
  failureFromStatus,
  failureFromTransport,
  malformedFailure,
  parseRetryAfterMs,
  type UpstreamFailure,
} from '../../core/http/index.js';

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number };
  /** The raw answer (@smithy's HttpResponse), kept by the SDK as a hidden field of the error. */
  $response?: { headers?: Record<string, string | undefined> };
  Reason?: string;
  ErrorList?: { FieldName?: string; Message?: string; Code?: string }[];
}

/**
 * Names AWS uses when the signature or credentials themselves are refused; JSON services add
 * `Exception` to the query-protocol names (docs/upstreams/partner-central.md#authentication).
 */
const CREDENTIAL_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'CredentialsProviderError',
]);

/** "Catalog: bad value; Identifier: ..." from a ValidationException's ErrorList, bounded. */
function validationReason(error: SdkErrorLike): string | undefined {
  const fields = (error.ErrorList ?? [])
    .slice(0, 5)
    .map((item) => `${item.FieldName ?? 'request'}: ${item.Message ?? item.Code ?? 'invalid'}`);
  const text = [error.message, ...fields].filter(Boolean).join('; ');
  return text ? text.slice(0, 400) : undefined;
}

/**
 * The answer's Retry-After, in ms. The SDK's own retry strategy reads it from the error's
 * `$response` headers; with that strategy off (maxAttempts 1, see sdk-client.ts), our retry loop
 * reads it from the same place, with the parser every source shares (seconds or an HTTP date).
 */
function retryAfterOf(e: SdkErrorLike): number | undefined {
  const headers = e.$response?.headers ?? {};
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'retry-after');
  return name === undefined ? undefined : parseRetryAfterMs(headers[name]);
}

/**
 * An SDK error as an UpstreamFailure (the SDK throws modelled classes by `__type`, with
 * `$metadata.httpStatusCode`: docs/upstreams/partner-central.md#how-the-sdk-reads-an-error),
 * with the upstream's Retry-After when it sent one. Messages come from the service's error body,
 * which carries no credentials (SigV4 never sends the secret); transport errors are read by name
 * and code only.
 */
export function failureFromSdkError(error: unknown): UpstreamFailure {
  const e = (error ?? {}) as SdkErrorLike;
  const failure = classify(e);
  const retryAfterMs = retryAfterOf(e);
  return retryAfterMs === undefined ? failure : { ...failure, retryAfterMs };
}

function classify(e: SdkErrorLike): UpstreamFailure {
  const status = e.$metadata?.httpStatusCode;
  const base = { status, upstreamCode: e.name };
  if (status === undefined) {
    if (e.name === 'AbortError') {
      return { ...failureFromTransport({ name: 'TimeoutError' }), upstreamCode: undefined };
    }
    if (e.name === 'CredentialsProviderError') {
      return {
        ...base,
        code: ErrorCode.UPSTREAM_AUTH_FAILED,
        message: 'found no AWS credentials (environment, profile, SSO, container or instance role)',
        retryable: false,
        notProcessed: true,
      };
    }
    // @smithy/node-http-handler renames ECONNRESET and EPIPE errors to TimeoutError
    // (NODEJS_TIMEOUT_ERROR_CODES): they are broken connections (UPSTREAM_UNAVAILABLE), not slow
    // answers, so their code decides, not the name.
    if (e.code === 'ECONNRESET' || e.code === 'EPIPE')
      return failureFromTransport({ code: e.code });
    return failureFromTransport(e);
  }
  // A 2xx whose body the SDK could not read (non-JSON or bad timestamps, see
  // docs/upstreams/partner-central.md#responses-the-sdk-accepts).
  if (status >= 200 && status < 300) return malformedFailure(status, 'unreadable body');
  switch (e.name) {
    case 'ThrottlingException':
      return {
        ...base,
        code: ErrorCode.UPSTREAM_THROTTLED,
        message: `throttled the request: ${e.message ?? ''}`.trim(),
        retryable: true,
        notProcessed: true,
      };
    case 'ValidationException':
      return {
        ...base,
        code: ErrorCode.UPSTREAM_REJECTED,
        message: `rejected the request: ${validationReason(e) ?? 'invalid'}`,
        retryable: false,
        notProcessed: true,
      };
    case 'ResourceNotFoundException':
      return {
        ...base,
        code: ErrorCode.NOT_FOUND,
        message: `found no such resource: ${e.message ?? ''}`.trim(),
        retryable: false,
        notProcessed: true,
      };
    case 'ConflictException':
    case 'ServiceQuotaExceededException':
      return {
        ...base,
        code: ErrorCode.UPSTREAM_REJECTED,
        message: `refused the request (${e.name}): ${e.message ?? ''}`.trim(),
        retryable: false,
        notProcessed: true,
      };
    case 'AccessDeniedException':
      return {
        ...base,
        code: ErrorCode.UPSTREAM_AUTH_FAILED,
        message: `denied access: ${e.message ?? ''}`.trim(),
        retryable: false,
        notProcessed: true,
      };
    default:
      break;
  }
  if (e.name && CREDENTIAL_ERRORS.has(e.name)) {
    return {
      ...base,
      code: ErrorCode.UPSTREAM_AUTH_FAILED,
      message: `rejected the credentials (HTTP ${status})`,
      retryable: false,
      notProcessed: true,
    };
  }
  // Anything else by its status, as for every other source.
  return failureFromStatus(status, { upstreamCode: e.name, reason: e.message });
}
