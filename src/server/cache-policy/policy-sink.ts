import type { GraphQLRequestContext } from '@apollo/server';
import type { CacheScope } from './cache-annotations.js';

/** Apollo Server's cache policy (the shape `info.cacheControl.cacheHint` has for resolvers). */
export type CachePolicy = GraphQLRequestContext<object>['overallCachePolicy'];
export interface CacheHint {
  maxAge?: number;
  scope?: CacheScope;
}

/**
 * Where the fields of one request put their hints: the request's overall cache policy and the
 * default max-age of the server that runs it. A context without one (a request whose policy was
 * restricted before execution, or a server without the plugin) collects nothing.
 */
export interface PolicySink {
  readonly policy: CachePolicy;
  readonly defaultMaxAge: number;
}

const SINK = Symbol('cachePolicySink');

export function attachSink(context: object, sink: PolicySink): void {
  Object.defineProperty(context, SINK, { value: sink, configurable: true });
}

export function sinkOf(context: unknown): PolicySink | undefined {
  return (context as { [SINK]?: PolicySink } | null | undefined)?.[SINK];
}

/** A field's own policy, as `info.cacheControl.cacheHint` offers it to a resolver. */
export function fieldPolicy(initial: CacheHint): CachePolicy {
  return {
    maxAge: initial.maxAge,
    scope: initial.scope,
    restrict(hint) {
      if (hint.maxAge !== undefined && (this.maxAge === undefined || hint.maxAge < this.maxAge))
        this.maxAge = hint.maxAge;
      if (hint.scope !== undefined && this.scope !== 'PRIVATE') this.scope = hint.scope;
    },
    replace(hint) {
      if (hint.maxAge !== undefined) this.maxAge = hint.maxAge;
      if (hint.scope !== undefined) this.scope = hint.scope;
    },
    policyIfCacheable() {
      return this.maxAge === undefined || this.maxAge === 0
        ? null
        : { maxAge: this.maxAge, scope: this.scope ?? 'PUBLIC' };
    },
  };
}
