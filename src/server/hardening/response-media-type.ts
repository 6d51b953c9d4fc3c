import Negotiator from 'negotiator';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media types Apollo Server 5 chooses between for a single result, in its order: it prefers
 * the legacy `application/json` on a tie, and for a missing Accept header. The callback variant
 * is a form of `application/json`.
 */
const CANDIDATES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * The media type Apollo Server will answer a single result with, decided the way Apollo decides it
 * (the same negotiator, the same candidates), because Apollo sets the Content-Type only after the
 * plugins have run. Null when the Accept header allows neither: Apollo answers 406 then.
 */
export function responseMediaType(
  accept: string | undefined,
): typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON | null {
  if (!accept) return APPLICATION_JSON;
  const chosen = new Negotiator({ headers: { accept } }).mediaType(CANDIDATES);
  if (!chosen) return null;
  return chosen.startsWith(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}
