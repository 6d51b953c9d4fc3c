import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../core/errors/app-error.js';
import { ErrorCode } from '../core/errors/codes.js';
import { limitRefusal } from './cost/limit-refusal.js';

/**
 * Codes Apollo Server itself assigns to request problems (parse, validation, variable coercion).
 * Their messages describe the client's own document, so they are safe to pass on.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Raised before execution by the auth plugin (src/server/auth/), worded for the client.
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  // The request rate of a caller (src/server/callers/), refused before execution.
  ErrorCode.RATE_LIMITED,
]);

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Apollo's formatError: our own errors go out as they are (their messages are written to be safe),
 * request errors keep their message, everything else is masked. Never throws, never includes a
 * stack trace: details of masked errors are logged by the logging plugin with the request id.
 */
export function createFormatError() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const original = unwrapResolverError(error);
      const base = {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
      };
      if (original instanceof AppError) {
        return { ...base, message: original.message, extensions: { ...original.extensions } };
      }
      const refusal = limitRefusal(formatted, error);
      if (refusal) return refusal;
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !isResolverError(error)) {
        // FORBIDDEN names the scope the operation needs; nothing else travels.
        const scope = code === ErrorCode.FORBIDDEN ? formatted.extensions?.scope : undefined;
        // RATE_LIMITED says which limit (`requests`) and when to retry (whole seconds).
        const rate =
          code === ErrorCode.RATE_LIMITED
            ? { limit: formatted.extensions?.limit, retryAfter: formatted.extensions?.retryAfter }
            : {};
        return {
          ...base,
          extensions: { code, ...(typeof scope === 'string' ? { scope } : {}), ...rate },
        };
      }
      return {
        ...base,
        message: INTERNAL_MESSAGE,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    } catch {
      return { message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
  };
}

/** A thrown error inside a resolver has a path; a request-level error (validation) has none. */
function isResolverError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && Array.isArray((error as { path?: unknown }).path)
  );
}
