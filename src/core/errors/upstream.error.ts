import { AppError } from './app-error.js';
import { ErrorCode, type UpstreamSource } from './codes.js';

export type UpstreamErrorCode =
  | typeof ErrorCode.UPSTREAM_THROTTLED
  | typeof ErrorCode.UPSTREAM_TIMEOUT
  | typeof ErrorCode.UPSTREAM_UNAVAILABLE
  | typeof ErrorCode.UPSTREAM_AUTH_FAILED
  | typeof ErrorCode.UPSTREAM_REJECTED
  | typeof ErrorCode.NOT_FOUND;

export interface UpstreamErrorDetails {
  source: UpstreamSource;
  code: UpstreamErrorCode;
  /** What went wrong, in words safe for a client: never a URL, header, key or token. */
  message: string;
  upstreamStatus?: number | undefined;
  /** The upstream's own error name (ExceptionType, __type, Pardot error code). */
  upstreamCode?: string | undefined;
  retryable: boolean;
  /** Seconds the upstream asked us to wait, when it said. */
  retryAfterSeconds?: number | undefined;
}

/**
 * For operators only (logs, /ready), never in a client's error, so kept apart from `details` and
 * the extensions: the socket errno and the host[:port] that failed. Neither can hold a secret:
 * hosts come from validated config, which refuses URLs with credentials or a query string.
 */
export interface UpstreamDiagnostic {
  errno?: string | undefined;
  host?: string | undefined;
}

/**
 * A sanitized upstream failure. Built only from fields we chose, so the raw transport error (whose
 * message, options and headers carry URLs and keys) never travels further than the HTTP layer.
 */
export class UpstreamError extends AppError {
  readonly code: UpstreamErrorCode;
  readonly details: UpstreamErrorDetails;
  // Private, so that inspecting or serialising the error (as a logger that is handed the whole
  // error does) never shows the host; only code that asks for `diagnostic` on purpose gets it.
  readonly #diagnostic: UpstreamDiagnostic;

  constructor(details: UpstreamErrorDetails, diagnostic: UpstreamDiagnostic = {}) {
    super(details.message, {
      code: details.code,
      source: details.source,
      ...(details.upstreamStatus === undefined ? {} : { upstreamStatus: details.upstreamStatus }),
      ...(details.upstreamCode === undefined ? {} : { upstreamCode: details.upstreamCode }),
      retryable: details.retryable,
    });
    this.code = details.code;
    this.details = details;
    this.#diagnostic = diagnostic;
  }

  get diagnostic(): UpstreamDiagnostic {
    return this.#diagnostic;
  }
}
