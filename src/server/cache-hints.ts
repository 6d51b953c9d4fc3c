import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { CacheTtls } from '../config/cache-ttl.config.js';
import type { Context } from '../context.js';
import { cachePolicyPlugin } from './cache-policy/cache-policy.plugin.js';

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
 * The response's cache policy with that max-age as its default (what every field without its own
 * `@cacheControl(maxAge:)` gets: the schema sets 0 on data that changes by itself), restricted by
 * the rules no schema hint can break, and turned into the `Cache-Control` header:
 * `max-age=N, private`, or `no-store` when nothing may be reused. Apollo's own cache control
 * plugin is off: ours computes the same policy without a hook on every field
 * (src/server/cache-policy/instrument-schema.ts says why).
 */
export function cacheHintPlugins(maxAgeSeconds: number): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginCacheControlDisabled(), cachePolicyPlugin(maxAgeSeconds, applyRules)];
}

/**
 * Every answer is private: it depends on the upstream accounts and on the caller, so a shared
 * cache must never hand it to someone else. Only a query without any error may be reused: a
 * mutation's answer reports a change, and a partial answer would otherwise stay served after the
 * failing source recovers. Partial errors join the response in another plugin's willSendResponse,
 * so the rule reads them from the context rather than relying on the order of those hooks.
 */
function applyRules({
  operation,
  response,
  contextValue,
  overallCachePolicy,
}: GraphQLRequestContextWillSendResponse<Context>): void {
  overallCachePolicy.restrict({ scope: 'PRIVATE' });
  const errors =
    contextValue.partialErrors.length > 0 ||
    response.body.kind !== 'single' ||
    (response.body.singleResult.errors?.length ?? 0) > 0;
  if (operation?.operation !== 'query' || errors) overallCachePolicy.restrict({ maxAge: 0 });
}
