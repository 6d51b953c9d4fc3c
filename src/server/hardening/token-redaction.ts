import type { GraphQLFormattedError } from 'graphql';

export const REDACTED_TOKEN = '[redacted token]';

/**
 * A compact JWS or JWE: base64url segments joined by dots, the first a JSON header (`{"` encodes
 * to `eyJ`). Matches a token however it is quoted, inside a longer message or cut short.
 */
const COMPACT_JWT = /eyJ[\w-]*\.[\w-]*(?:\.[\w-]*)+/g;
/**
 * A credential after the Bearer scheme (RFC 6750 section 2.1: token68 characters), JWT or
 * opaque. At least 16 of them, so that prose such as "a valid Bearer token" stays as written.
 */
const BEARER_CREDENTIAL = /\b(Bearer)\s+[\w.~+/-]{16,}=*/gi;

/** The text with every token in it replaced by REDACTED_TOKEN. */
export function redactTokens(text: string): string {
  return text
    .replace(COMPACT_JWT, REDACTED_TOKEN)
    .replace(BEARER_CREDENTIAL, `$1 ${REDACTED_TOKEN}`);
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactTokens(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item)]));
  return value;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-js quotes the value it could not use ("Int cannot represent non-integer value: ...",
 * "Variable "$v" got invalid value ...", "Unknown operation named ..."), and our own errors name
 * the bad argument value; a client that put a token there would have it written back into a
 * response that proxies, browsers and error trackers keep. Every error leaves through this
 * wrapper of formatError, which removes tokens from its message and extensions, in every
 * environment. The rest of the message stays, so the client still learns what was wrong.
 */
export function withoutTokens(formatError: FormatError): FormatError {
  return (formatted, error) => {
    const result = formatError(formatted, error);
    return {
      ...result,
      message: redactTokens(result.message),
      ...(result.extensions
        ? { extensions: redactValue(result.extensions) as GraphQLFormattedError['extensions'] }
        : {}),
    };
  };
}
