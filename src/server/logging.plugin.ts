import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context.js';
import { AppError } from '../core/errors/index.js';

/**
 * One JSON line per GraphQL request: request id, operation, duration, upstream calls and error
 * codes. Errors that formatError masks are logged here in full (with the request id) so that the
 * client's generic message can be traced to its cause.
 */
export function loggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof AppError) continue;
            if (!error.path && error.extensions?.code) continue; // parse/validation: the client's own mistake
            ctx.logger.error(
              {
                err:
                  original instanceof Error
                    ? { name: original.name, message: original.message, stack: original.stack }
                    : String(original),
                path: error.path,
              },
              'unexpected error (masked in the response)',
            );
          }
        },
        async willSendResponse({ operationName, response }) {
          const body = response.body;
          const resultErrors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round(performance.now() - started),
              upstreamCalls: contextValue.stats.upstreamCalls,
              upstreamCallsBySource: contextValue.stats.upstreamCallsBySource,
              errorCodes: [
                ...new Set(
                  resultErrors.map((error) => String(error.extensions?.code ?? 'UNKNOWN')),
                ),
              ],
              // What the client received: request-level errors and every error beside partial
              // data (the partial-errors plugin adds those to the body, not to the context).
              errors: resultErrors.length,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
