import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerValidationErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';

export const INTROSPECTION_DISABLED_MESSAGE = 'GraphQL introspection is disabled';

/**
 * With introspection off, Apollo's validation error tells the caller how the server could be
 * configured to allow it ("pass introspection: true to ApolloServer"): a hint about our setup that
 * no client needs. The error keeps its code (GRAPHQL_VALIDATION_FAILED) and says only that
 * introspection is disabled. Rewritten when validation ends, before Apollo wraps and formats the
 * errors, as Apollo's own suggestion-hiding plugin does.
 */
export function introspectionMessagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) {
              if (
                error instanceof GraphQLError &&
                error.extensions.validationErrorCode ===
                  ApolloServerValidationErrorCode.INTROSPECTION_DISABLED
              )
                error.message = INTROSPECTION_DISABLED_MESSAGE;
            }
          };
        },
      };
    },
  };
}
