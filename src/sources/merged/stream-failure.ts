import type { Context } from '../../context.js';
import { AppError, ErrorCode } from '../../core/errors/index.js';
import type { StreamSpec } from './merged-query.js';

const RESUME =
  'this page holds the other sources; the next page (after any of its cursors) asks this one again from where it stood';

/**
 * One stream of the merged listing failed for this page. It keeps the failure's code and
 * extensions (`source`, `upstreamStatus`, `retryable`, ...) and names the stream.
 */
export class StreamFailedError extends AppError {
  readonly code: ErrorCode;

  constructor(spec: StreamSpec, cause: AppError) {
    super(`${spec.label} is missing from this page: ${cause.message} (${RESUME})`, {
      ...cause.extensions,
      source: spec.source,
      stream: spec.name,
    });
    this.code = cause.code;
  }
}

/** A failure that is not one of ours (a bug): its details go to the log only. */
class StreamInternalError extends AppError {
  readonly code = ErrorCode.INTERNAL_SERVER_ERROR;

  constructor(spec: StreamSpec, requestId: string) {
    super(
      `${spec.label} is missing from this page: internal error (logged under request id ${requestId}; ${RESUME})`,
      { code: ErrorCode.INTERNAL_SERVER_ERROR, source: spec.source, stream: spec.name },
    );
  }
}

/** The error to report for a stream's failure, already safe to show. */
export function streamFailure(spec: StreamSpec, error: unknown, ctx: Context): AppError {
  if (error instanceof AppError) return new StreamFailedError(spec, error);
  ctx.logger.error(
    {
      stream: spec.name,
      err:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    },
    'merged listing: a stream failed unexpectedly (masked in the response)',
  );
  return new StreamInternalError(spec, ctx.requestId);
}
