import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql } from 'graphql';
import { baselineContext, baselineRoot, baselineSchema } from './schema.js';
import type { BaselineUpstreams } from './upstreams.js';

/**
 * The plain graphql-js baseline: node:http, one `graphql()` call per request (parse, validate,
 * execute), JSON out. Started by the throughput benchmark and its test only; the app never
 * serves it.
 */
export interface BaselineServer {
  /** `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

export async function startBaselineServer(upstreams: BaselineUpstreams): Promise<BaselineServer> {
  const rootValue = baselineRoot(upstreams);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        let status = 200;
        let answer: unknown;
        try {
          const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            query: string;
            variables?: Record<string, unknown>;
          };
          answer = await graphql({
            schema: baselineSchema,
            source: query,
            rootValue,
            contextValue: baselineContext(upstreams),
            variableValues: variables,
          });
        } catch {
          status = 400;
          answer = { errors: [{ message: 'the body is not a GraphQL request' }] };
        }
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
