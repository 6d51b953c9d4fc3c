import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { CacheTtls } from '../config/cache-ttl.config.js';
import type { Context } from '../context.js';

/**
 * The max-age a response may advertise: the shortest cache TTL configured for any source and kind,
 * in whole seconds (rounded down). A downstream cache (Apollo Router's response cache, a CDN)
 * adds its max-age to the staleness this server's own cache allows, so the hint never outlives the
 * shortest of those; with a source's cache off (TTL 0) responses are not cacheable at all.
 */
export function responseMaxAgeSeconds(ttls: Iterable<CacheTtls>): number {
  let shortestMs = Number.POSITIVE_INFINITY;
  for (const { recordsMs, listingsMs } of ttls) {
    shortestMs = Math.min(shortestMs, recordsMs, listingsMs);
  }
  return Number.isFinite(shortestMs) ? Math.floor(shortestMs / 1000) : 0;
}

/**
 * Apollo's cache control plugin with that max-age as its default (what every field without its
 * own `@cacheControl(maxAge:)` gets: the schema sets 0 on data that changes by itself), preceded
 * by the rules no schema hint can break. The plugin turns the result into the `Cache-Control`
 * header: `max-age=N, private`, or `no-store` when nothing may be reused.
 */
export function cacheHintPlugins(maxAgeSeconds: number): ApolloServerPlugin<Context>[] {
  return [
    cacheHintRules(),
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeSeconds, calculateHttpHeaders: true }),
  ];
}

/**
 * Every answer is private: it depends on the upstream accounts (and, soon, on the caller), so a
 * shared cache must never hand it to someone else. Only a query without any error may be reused:
 * a mutation's answer reports a change, and a partial answer would otherwise stay served after the
 * failing source recovers. Partial errors join the response in another plugin's willSendResponse,
 * so the rule reads them from the context rather than relying on the order of those hooks.
 *
 * Applied in willSendResponse: Apollo starts that hook plugin by plugin in order, and this one
 * finishes at once, before the cache control plugin's reads the policy. Restricting the policy any
 * earlier would make that plugin skip the field hints altogether.
 */
function cacheHintRules(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response, contextValue, overallCachePolicy }) {
          overallCachePolicy.restrict({ scope: 'PRIVATE' });
          const errors =
            contextValue.partialErrors.length > 0 ||
            response.body.kind !== 'single' ||
            (response.body.singleResult.errors?.length ?? 0) > 0;
          if (operation?.operation !== 'query' || errors)
            overallCachePolicy.restrict({ maxAge: 0 });
        },
      };
    },
  };
}
