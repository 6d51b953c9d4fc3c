import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context.js';
import { introspectionMessagePlugin } from './introspection-message.plugin.js';
import { requestErrorStatusPlugin } from './request-error-status.plugin.js';
import { variableSuggestionsPlugin } from './variable-suggestions.plugin.js';

/**
 * The plugins that make the server conform to GraphQL over HTTP and, in production, say no more
 * than a client needs. Suggestions in validation errors are hidden by Apollo's own
 * `hideSchemaDetailsFromClientErrors` option, set beside these in src/server.ts; development
 * keeps suggestions and introspection, which is what they are for there.
 */
export function hardeningPlugins(options: { production: boolean }): ApolloServerPlugin<Context>[] {
  return [
    requestErrorStatusPlugin(),
    ...(options.production ? [introspectionMessagePlugin(), variableSuggestionsPlugin()] : []),
  ];
}
