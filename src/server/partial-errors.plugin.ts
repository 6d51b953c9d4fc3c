import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Errors a resolver reports without failing its field: the merged listing serves a page from the
 * sources that answered and names the one that did not (docs/errors.md#partial-failure). graphql-js
 * only collects thrown errors, so these ride on the context and join the response here, formatted
 * like every other error. Registered before the logging plugin, whose line then counts them.
 */
export function partialErrorsPlugin(formatError: FormatError): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const reported = contextValue.partialErrors;
          if (reported.length === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [
            ...(result.errors ?? []),
            ...reported.map(({ error, path }) => {
              // The edge where our plain errors become GraphQL errors, as graphql-js does for
              // thrown ones: same message, path and extensions, the AppError as the original.
              const located = new GraphQLError(error.message, {
                path,
                originalError: error,
                extensions: error.extensions,
              });
              return formatError(located.toJSON(), located);
            }),
          ];
        },
      };
    },
  };
}
