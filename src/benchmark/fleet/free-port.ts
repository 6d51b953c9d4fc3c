import { createServer } from 'node:net';

/**
 * A port the kernel just handed out on 127.0.0.1. For servers that cannot take port 0 themselves
 * (redis-server, or `npm run simulators`, where 0 means "the default port"); another process may
 * take it in between, so callers retry on "address in use".
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
