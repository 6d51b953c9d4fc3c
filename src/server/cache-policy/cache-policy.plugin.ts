import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { instrumentCachePolicy } from './instrument-schema.js';
import { attachSink } from './policy-sink.js';

/** What a response that no cache may keep says. */
export const UNCACHEABLE = 'no-store';

/**
 * The response's cache policy from the hints of the fields it resolved (the schema is instrumented
 * once, src/server/cache-policy/instrument-schema.ts), turned into its `Cache-Control` header as
 * Apollo Server's cache control plugin does: `max-age=N, public|private` for an error-free single
 * result with a max-age above 0, `no-store` otherwise. `rules` run first in willSendResponse and
 * may restrict the policy further; a header another plugin already set is left alone.
 */
export function cachePolicyPlugin<TContext extends object>(
  defaultMaxAge: number,
  rules: (requestContext: GraphQLRequestContextWillSendResponse<TContext>) => void,
): ApolloServerPlugin<TContext> {
  return {
    async serverWillStart({ schema }) {
      instrumentCachePolicy(schema);
    },
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, overallCachePolicy }) {
          // A policy restricted before execution stays as it is (as with Apollo's plugin).
          if (overallCachePolicy.maxAge !== undefined || overallCachePolicy.scope !== undefined)
            return;
          attachSink(contextValue, { policy: overallCachePolicy, defaultMaxAge });
        },
        async willSendResponse(requestContext) {
          rules(requestContext);
          const { response, overallCachePolicy } = requestContext;
          if (response.http.headers.has('cache-control')) return;
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable && clean
              ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}`
              : UNCACHEABLE,
          );
        },
      };
    },
  };
}
