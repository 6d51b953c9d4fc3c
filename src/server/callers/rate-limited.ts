import { GraphQLError } from 'graphql';
import { AppError, ErrorCode, type UpstreamSource } from '../../core/errors/index.js';

/**
 * A call of this request would have to wait for its caller's share of a source's limit until
 * after the request's deadline: refused at once, before any upstream call, on the field that
 * needed it. `retryAfter` says when the share has room again (whole seconds, at least 1).
 */
export class QuotaShareExceededError extends AppError {
  readonly code = ErrorCode.RATE_LIMITED;

  constructor(
    limit: { readonly source: UpstreamSource; readonly displayName: string },
    what: string,
    retryAfter: number,
  ) {
    super(
      `This caller's share of the ${limit.displayName} ${what} is used up until after the request deadline; retry in ${retryAfter} s`,
      { code: ErrorCode.RATE_LIMITED, limit: 'quotaShare', source: limit.source, retryAfter },
    );
  }
}

/**
 * The whole request is refused before execution: its caller sent more than its rate allows. HTTP
 * 429 with `Retry-After`, as RFC 6585 section 4 describes; the message names no caller.
 */
export function requestRateExceeded(perMinute: number, retryAfter: number): GraphQLError {
  // Apollo Server takes the status and headers from `extensions.http`; it wants a Map there, which
  // graphql-yoga's typing of these extensions (a plain record) does not know.
  const extensions: Record<string, unknown> = {
    code: ErrorCode.RATE_LIMITED,
    limit: 'requests',
    retryAfter,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
  };
  return new GraphQLError(
    `Too many requests from this caller (at most ${perMinute} per minute); retry in ${retryAfter} s`,
    { extensions },
  );
}
