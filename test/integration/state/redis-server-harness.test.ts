import { execFileSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { startRedisServer, stopAllRedisServers } from '../../support/redis-server.js';

/** The harness itself: later tests rely on its outages being real, so each one is checked here. */
function ping(port: number, timeoutMs = 300): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(timeoutMs, () => (socket.destroy(), resolve('timeout')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => (socket.destroy(), resolve(chunk.toString().trim())));
  });
}

/** redis-server processes listening on `port`, from the process table. */
function serversOn(port: number): string[] {
  const table = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return table.split('\n').filter((line) => line.includes(`redis-server 127.0.0.1:${port}`));
}

afterAll(stopAllRedisServers);

describe('startRedisServer', () => {
  it('answers on its port, refuses while stopped and comes back empty on the same port', async () => {
    const redis = await startRedisServer();
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(await ping(redis.port)).toBe('+PONG');
    expect(serversOn(redis.port)).toHaveLength(1);

    await redis.stop();
    expect(redis.running()).toBe(false);
    expect(await ping(redis.port)).toBe('ECONNREFUSED');
    expect(serversOn(redis.port)).toEqual([]);

    await redis.start();
    expect(await ping(redis.port)).toBe('+PONG');
    await redis.restart();
    expect(await ping(redis.port)).toBe('+PONG');
    await redis.stop();
  });

  it('hangs without an answer while paused and answers again once resumed', async () => {
    const redis = await startRedisServer();
    redis.pause();
    expect(await ping(redis.port)).toBe('timeout');
    redis.resume();
    expect(await ping(redis.port)).toBe('+PONG');
    // Stopping a paused server must not hang on the pending SIGTERM.
    redis.pause();
    await redis.stop();
    expect(serversOn(redis.port)).toEqual([]);
  });

  it('two servers get two ports', async () => {
    const [a, b] = await Promise.all([startRedisServer(), startRedisServer()]);
    expect(a!.port).not.toBe(b!.port);
    await stopAllRedisServers();
    expect([...serversOn(a!.port), ...serversOn(b!.port)]).toEqual([]);
  });
});
