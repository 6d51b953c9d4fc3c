import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { parse } from 'graphql';
import type { SubgraphSource } from './in-process-gateway.js';

export interface RunningHiveGateway {
  /** The gateway's GraphQL endpoint. */
  url: string;
  supergraphSdl: string;
  stop(): Promise<void>;
}

/** Composes the subgraphs with @apollo/composition, as rover or a schema registry would. */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): string {
  const composed = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (composed.errors) {
    throw new Error(`composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);
  }
  return composed.supergraphSdl;
}

/**
 * Hive Gateway's runtime (the engine of the `hive-gateway` CLI, re-exported by
 * @graphql-hive/gateway) serving a composed supergraph on 127.0.0.1, port 0. In-process rather than the CLI as a child process: no free-port race, no
 * process to leak when a test fails, and the same planner and executor either way.
 */
export async function startHiveGateway(
  subgraphs: readonly SubgraphSource[],
): Promise<RunningHiveGateway> {
  const supergraphSdl = composeSupergraph(subgraphs);
  const gateway = createGatewayRuntime({ supergraph: supergraphSdl, logging: false });
  const server = createServer(gateway);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    supergraphSdl,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
