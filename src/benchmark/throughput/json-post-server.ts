import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A bench server on loopback: the baseline's and the floor's. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** What a GraphQL request over HTTP carries, as the bench sends it. */
export interface PostedRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/**
 * node:http with keep-alive on loopback: every POST's body read as JSON and handed to `answer`,
 * whose result goes back as JSON with 200 (400 when the body is not JSON or `answer` throws). As
 * thin as a Node server gets, so that what the baseline and the floor add on top is all that
 * differs between them.
 */
export async function startJsonPostServer(
  answer: (request: PostedRequest) => Promise<unknown>,
): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        let status = 200;
        let body: unknown;
        try {
          body = await answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as PostedRequest);
        } catch {
          status = 400;
          body = { errors: [{ message: 'the body is not a GraphQL request' }] };
        }
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
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
