import { createClient } from 'redis';
import { RedisQuotaWindow } from '../../../src/core/state/quota-window-redis.js';
import { RedisStateClient } from '../../../src/core/state/redis-state-client.js';
import { SharedStateUnavailableError } from '../../../src/core/state/shared-state-unavailable.js';
import { startRedisServer, stopAllRedisServers } from '../../support/redis-server.js';

/** A granted decision: it names its grant (for `reached`). */
const GRANTED = { granted: true, ticket: expect.any(String) };

/**
 * Redis failing, on a real redis-server: every store call must fail fast with the one typed error
 * (so callers can fall back to a local share), never crash the process, never carry a password,
 * and work again once Redis is back.
 */
const limit = { calls: 100, windowMs: 10_000 };
const clients: RedisStateClient[] = [];

/** A client that has connected (or, for a server that is down, tried for a while). */
async function connect(url: string, errors: Error[] = []): Promise<RedisStateClient> {
  const client = new RedisStateClient({
    url,
    commandTimeoutMs: 300,
    onError: (e) => errors.push(e),
  });
  clients.push(client);
  await client.whenReady(1_000);
  return client;
}

async function failure(call: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

async function eventually(check: () => Promise<boolean>, withinMs = 10_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

afterAll(async () => {
  for (const client of clients) client.close();
  await stopAllRedisServers();
});

describe('RedisStateClient when Redis fails', () => {
  it('a hung (paused) server fails calls within the command timeout, then answers again', async () => {
    const redis = await startRedisServer();
    const window = new RedisQuotaWindow(await connect(redis.url), { prefix: 'hung:' });
    expect(await window.tryAcquire('k', limit)).toEqual(GRANTED);
    redis.pause();
    try {
      const { error, ms } = await failure(window.tryAcquire('k', limit));
      expect(error).toBeInstanceOf(SharedStateUnavailableError);
      expect(error).toMatchObject({ failure: 'timeout', operation: 'quota-window.tryAcquire' });
      expect(ms).toBeLessThan(2_000);
    } finally {
      redis.resume();
    }
    await eventually(async () => (await window.tryAcquire('k', limit)).granted);
  });

  it('a stopped server fails calls at once without crashing, and a restarted one is used again', async () => {
    const redis = await startRedisServer();
    const errors: Error[] = [];
    const client = await connect(redis.url, errors);
    const window = new RedisQuotaWindow(client, { prefix: 'stopped:' });
    expect(await window.tryAcquire('k', limit)).toEqual(GRANTED);
    await redis.stop();
    const { error, ms } = await failure(window.backOff('k', 1_000));
    expect(error).toBeInstanceOf(SharedStateUnavailableError);
    expect(ms).toBeLessThan(2_000);
    await eventually(async () => !client.isReady);
    expect(await failure(window.tryAcquire('k', limit))).toMatchObject({
      error: { failure: 'offline' },
    });
    // The restarted server is empty, scripts included: the client must send them in full again.
    await redis.start();
    await eventually(async () => (await window.tryAcquire('k', limit)).granted);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof SharedStateUnavailableError)).toBe(true);
  });

  it('never puts the password of the URL in an error', async () => {
    const redis = await startRedisServer();
    const url = `redis://default:s3cret-pw@127.0.0.1:${redis.port}`;
    await redis.stop();
    const errors: Error[] = [];
    const window = new RedisQuotaWindow(await connect(url, errors));
    const { error, ms } = await failure(window.tryAcquire('k', limit));
    expect(error).toBeInstanceOf(SharedStateUnavailableError);
    expect(ms).toBeLessThan(2_000);
    await eventually(async () => errors.length > 0);
    for (const e of [error as Error, ...errors]) {
      expect(`${e.message} ${e.stack} ${JSON.stringify(e)}`).not.toContain('s3cret-pw');
    }
  });

  it('an error reply (a key of the wrong type) is the same typed error', async () => {
    const redis = await startRedisServer();
    const raw = createClient({ url: redis.url });
    await raw.connect();
    await raw.set('wrong:quota:{k}', 'a string, not a sorted set');
    raw.destroy();
    const window = new RedisQuotaWindow(await connect(redis.url), { prefix: 'wrong:' });
    expect(await failure(window.tryAcquire('k', limit))).toMatchObject({
      error: { failure: 'error-reply', name: 'SharedStateUnavailableError' },
    });
  });
});
