import {
  ErrorCode,
  UpstreamError,
  type UpstreamErrorCode,
  type UpstreamSource,
} from '../errors/index.js';

/**
 * A failed attempt, described with fields we chose. The retry loop decides on it; only when it gives
 * up does it become an UpstreamError for the client.
 */
export interface UpstreamFailure {
  code: UpstreamErrorCode;
  /** Client-safe description; scrubbed of secrets again before it leaves the HTTP layer. */
  message: string;
  status?: number | undefined;
  upstreamCode?: string | undefined;
  retryable: boolean;
  /**
   * The upstream certainly did not act on the request (throttled before processing, connection
   * refused), so even a write may be sent again without risk of doing it twice.
   */
  notProcessed: boolean;
  retryAfterMs?: number | undefined;
  /** The socket error code (ECONNREFUSED, ENOTFOUND, ...), for operators: logs and /ready. */
  errno?: string | undefined;
  /** host[:port] the attempt went to, for operators; never a path or query string. */
  host?: string | undefined;
}

export interface UpstreamReason {
  upstreamCode?: string | undefined;
  reason?: string | undefined;
}

/** The default reading of an HTTP status; sources refine it from their error bodies. */
export function failureFromStatus(
  status: number,
  { upstreamCode, reason }: UpstreamReason,
  retryAfterMs?: number,
): UpstreamFailure {
  const suffix = reason ? `: ${reason}` : '';
  const base = { status, upstreamCode, retryAfterMs };
  if (status === 401 || status === 403) {
    return {
      ...base,
      code: ErrorCode.UPSTREAM_AUTH_FAILED,
      message: `credentials were rejected (HTTP ${status})`,
      retryable: false,
      notProcessed: true,
    };
  }
  if (status === 429) {
    return {
      ...base,
      code: ErrorCode.UPSTREAM_THROTTLED,
      message: `rate limit exceeded (HTTP 429)${suffix}`,
      retryable: true,
      notProcessed: true,
    };
  }
  if (status === 408 || status === 504) {
    return {
      ...base,
      code: ErrorCode.UPSTREAM_TIMEOUT,
      message: `timed out (HTTP ${status})`,
      retryable: true,
      notProcessed: false,
    };
  }
  if (status >= 500) {
    return {
      ...base,
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      message: `failed (HTTP ${status})${suffix}`,
      retryable: true,
      notProcessed: status === 503,
    };
  }
  return {
    ...base,
    code: ErrorCode.UPSTREAM_REJECTED,
    message: `rejected the request (HTTP ${status})${suffix}`,
    retryable: false,
    notProcessed: true,
  };
}

export function throttledFailure(
  status: number,
  upstreamCode: string,
  reason: string,
  retryAfterMs?: number,
): UpstreamFailure {
  return {
    code: ErrorCode.UPSTREAM_THROTTLED,
    message: `rate limit exceeded: ${reason}`,
    status,
    upstreamCode,
    retryable: true,
    notProcessed: true,
    retryAfterMs,
  };
}

export function malformedFailure(status: number, what: string): UpstreamFailure {
  return {
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
    message: `sent a malformed response (${what})`,
    status,
    upstreamCode: 'MALFORMED_RESPONSE',
    retryable: true,
    notProcessed: false,
  };
}

/** Connection-level codes after which the request provably never reached the upstream. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const NETWORK_CODES = new Set([
  ...NOT_SENT_CODES,
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * Reads a transport error (got's RequestError family) by name and code only: its message, options
 * and URL are never copied, because got puts the URL with its query string and headers there.
 */
export function failureFromTransport(error: unknown): UpstreamFailure {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  // Only codes of the E... family are socket errnos; got's own codes (ERR_...) say less.
  const errno = code && /^E[A-Z_]+$/.test(code) ? code : undefined;
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return {
      code: ErrorCode.UPSTREAM_TIMEOUT,
      message: 'did not answer in time',
      upstreamCode: undefined,
      retryable: true,
      notProcessed: false,
      errno,
    };
  }
  if (code && NETWORK_CODES.has(code)) {
    return {
      code: ErrorCode.UPSTREAM_UNAVAILABLE,
      message: `could not be reached (${code})`,
      retryable: true,
      notProcessed: NOT_SENT_CODES.has(code),
      errno,
    };
  }
  return {
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
    message: 'request failed before a response arrived',
    retryable: true,
    notProcessed: false,
    errno,
  };
}

export function deadlineFailure(): UpstreamFailure {
  return {
    code: ErrorCode.UPSTREAM_TIMEOUT,
    message: 'no time left before the request deadline',
    retryable: true,
    notProcessed: true,
  };
}

/** Removes every secret value from text that is about to leave the HTTP layer. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result;
}

export function toUpstreamError(
  source: UpstreamSource,
  displayName: string,
  failure: UpstreamFailure,
  secrets: readonly string[],
): UpstreamError {
  return new UpstreamError(
    {
      source,
      code: failure.code,
      message: scrub(`${displayName} ${failure.message}`, secrets),
      upstreamStatus: failure.status,
      upstreamCode: failure.upstreamCode && scrub(failure.upstreamCode, secrets),
      retryable: failure.retryable,
      retryAfterSeconds:
        failure.retryAfterMs === undefined ? undefined : Math.ceil(failure.retryAfterMs / 1000),
    },
    { errno: failure.errno, host: failure.host },
  );
}
