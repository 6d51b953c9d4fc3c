import { composeServices } from '@apollo/composition';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { parse } from 'graphql';
import { withoutAuthorization } from './without-authorization.js';

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** One request the gateway sent to a subgraph, with the request id our server logs it under. */
export interface SubgraphFetch {
  subgraph: string;
  requestId: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface RunningGateway {
  url: string;
  supergraphSdl: string;
  /** Every subgraph request so far, in the order they were sent. */
  fetches: SubgraphFetch[];
  stop(): Promise<void>;
}

/**
 * Composes the subgraphs with @apollo/composition (as a registry would) and serves them through
 * @apollo/gateway on port 0. Each subgraph request gets an `x-request-id` of its own, so a test
 * can find our server's log line for it (upstream calls by source) and tell the levels apart.
 */
export async function startGateway(subgraphs: readonly SubgraphSource[]): Promise<RunningGateway> {
  const composed = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({
      name,
      url,
      typeDefs: parse(withoutAuthorization(sdl)),
    })),
  );
  if (composed.errors) {
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  }
  const supergraphSdl = composed.supergraphSdl;
  const fetches: SubgraphFetch[] = [];
  class RecordingDataSource extends RemoteGraphQLDataSource {
    override willSendRequest({ request }: GraphQLDataSourceProcessOptions) {
      const requestId = `gw-${fetches.length + 1}`;
      request.http?.headers.set('x-request-id', requestId);
      fetches.push({
        subgraph: this.name,
        requestId,
        query: request.query ?? '',
        variables: (request.variables ?? {}) as Record<string, unknown>,
      });
    }
    constructor(
      readonly name: string,
      url: string,
    ) {
      super({ url });
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new RecordingDataSource(name, url!),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, supergraphSdl, fetches, stop: () => server.stop() };
}
