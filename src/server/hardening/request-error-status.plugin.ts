import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { APPLICATION_JSON, responseMediaType } from './response-media-type.js';

/**
 * The codes Apollo Server gives the request errors of a well-formed request: a document that does
 * not parse, does not validate, or variables that do not coerce. Nothing else is touched: our own
 * refusals (UNAUTHENTICATED 401, FORBIDDEN 403, limits and budgets) keep the status they chose.
 */
const APOLLO_REQUEST_ERROR_CODES: ReadonlySet<unknown> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
]);

/**
 * Apollo made this request error from graphql-js's own error (parse, a validation rule, variable
 * coercion): its wrappers keep that error as `originalError`. Our refusals differ: the query
 * limits are validation rules whose error names its own code (restored by formatError), and an
 * error raised with `extensions.http` asked for its status; neither is touched.
 */
function isApolloRequestError(error: GraphQLError): boolean {
  if (!APOLLO_REQUEST_ERROR_CODES.has(error.extensions.code)) return false;
  const original = error.originalError;
  if (original === undefined) return false;
  if (!(original instanceof GraphQLError)) return true;
  return original.extensions.code === undefined && original.extensions.http === undefined;
}

/**
 * GraphQL over HTTP, "application/json" response section
 * (https://graphql.github.io/graphql-over-http/draft/#sec-application-json): with the legacy
 * `application/json` media type a server SHOULD answer every well-formed request with 200, request
 * errors included, because a client of that media type cannot tell a GraphQL response in a 4xx
 * from an intermediary's error page. With `application/graphql-response+json`
 * (https://graphql.github.io/graphql-over-http/draft/#sec-application-graphql-response-json) a
 * request error gets a 4xx, which is what Apollo Server 5 sends for both; this turns its 400 into
 * 200 for the first media type only, and only for Apollo's own parse, validation and variable
 * errors. A request that is not well-formed (no query, a `variables` that is not an object, bad
 * JSON) is a BAD_REQUEST or never reaches Apollo's plugins, and keeps its 400 under both.
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      // Undefined until an error is seen; false once any error is not Apollo's request error.
      let onlyApolloRequestErrors: boolean | undefined;
      return {
        async didEncounterErrors({ errors }) {
          onlyApolloRequestErrors =
            (onlyApolloRequestErrors ?? true) && errors.every(isApolloRequestError);
        },
        async willSendResponse({ request, response }) {
          if (onlyApolloRequestErrors !== true || response.http.status !== 400) return;
          // A request error has no `data` at all; with data, execution ran and the status is 200.
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined) return;
          // What the client reads must be one of those codes too (formatError may recode).
          if (!errors?.every((error) => APOLLO_REQUEST_ERROR_CODES.has(error.extensions?.code)))
            return;
          if (responseMediaType(request.http?.headers.get('accept')) !== APPLICATION_JSON) return;
          response.http.status = 200;
        },
      };
    },
  };
}
