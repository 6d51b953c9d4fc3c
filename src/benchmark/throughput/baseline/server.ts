import { graphql } from 'graphql';
import { startJsonPostServer, type LoopbackServer } from '../json-post-server.js';
import { baselineContext, baselineRoot, baselineSchema } from './schema.js';
import type { BaselineUpstreams } from './upstreams.js';

/**
 * The plain graphql-js baseline: node:http, one `graphql()` call per request (parse, validate,
 * execute), JSON out. Started by the throughput benchmark and its test only; the app never
 * serves it.
 */
export type BaselineServer = LoopbackServer;

export function startBaselineServer(upstreams: BaselineUpstreams): Promise<BaselineServer> {
  const rootValue = baselineRoot(upstreams);
  return startJsonPostServer(({ query, variables }) =>
    graphql({
      schema: baselineSchema,
      source: query,
      rootValue,
      contextValue: baselineContext(upstreams),
      variableValues: variables,
    }),
  );
}
