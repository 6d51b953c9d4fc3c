import { RedisStateClient } from '../../../src/core/state/redis-state-client.js';
import {
  startRedisServer,
  stopAllRedisServers,
  type RunningRedis,
} from '../../support/redis-server.js';

/**
 * What a contract test runs against: a fleet whose replicas share one store. In memory the
 * process is the whole fleet, so every replica is the same store; on Redis each replica is its
 * own store on its own connection, as two app processes would be.
 */
export interface Fleet<S> {
  replica(): Promise<S>;
}

export type StoreKind<S> = [name: string, fleet: () => Fleet<S>];

/**
 * The memory and the Redis kind of one store, for `describe.each`. Call it at the top of a test
 * file: it starts a real redis-server for the file and stops it, and every client, afterwards.
 */
export function stateStoreKinds<S>(
  memory: () => S,
  redis: (client: RedisStateClient, prefix: string) => S,
): StoreKind<S>[] {
  let server: RunningRedis;
  const clients: RedisStateClient[] = [];
  let fleets = 0;

  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await stopAllRedisServers();
  });

  return [
    [
      'memory',
      () => {
        const store = memory();
        return { replica: async () => store };
      },
    ],
    [
      'redis',
      () => {
        // A prefix per fleet keeps the tests of a file apart on one server.
        const prefix = `contract:${++fleets}:`;
        return {
          async replica() {
            const client = new RedisStateClient({ url: server.url });
            clients.push(client);
            if (!(await client.whenReady(5_000))) throw new Error('redis did not connect');
            return redis(client, prefix);
          },
        };
      },
    ],
  ];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
