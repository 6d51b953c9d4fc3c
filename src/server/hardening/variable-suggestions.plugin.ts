import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { Context } from '../../context.js';

/** The tail graphql-js appends to a message with its guesses; Apollo strips validation's alike. */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * Apollo's `hideSchemaDetailsFromClientErrors` strips "Did you mean ...?" from validation errors
 * only. Variables are coerced later, at the start of execution, and graphql-js words their errors
 * with the same guesses ("Field "source" is not defined by type "OpportunityFilter". Did you mean
 * "sources"?"); Apollo passes graphql-js no option to leave them out. This strips them from those
 * errors (BAD_USER_INPUT without a path) before they are formatted, the way Apollo's plugin does
 * for validation, so production names no field or enum value the client did not write.
 */
export function variableSuggestionsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (error.extensions.code !== ApolloServerErrorCode.BAD_USER_INPUT || error.path)
              continue;
            error.message = error.message.replace(SUGGESTION, '');
          }
        },
      };
    },
  };
}
