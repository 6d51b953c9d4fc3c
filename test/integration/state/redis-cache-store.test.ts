import { createClient } from 'redis';
import { RedisCacheStore } from '../../../src/core/state/redis-cache-store.js';
import { RedisStateClient } from '../../../src/core/state/redis-state-client.js';
import { CacheUnavailableError } from '../../../src/core/state/shared-state-unavailable.js';
import {
  startRedisServer,
  stopAllRedisServers,
  type RunningRedis,
} from '../../support/redis-server.js';

/**
 * What only the Redis store has: its key layout and expiry on the server, and outages. The shared
 * contract is in cache-store.contract.test.ts. Each test gets its own server, since some stop it.
 */
const clients: RedisStateClient[] = [];
const inspectors: { destroy(): void }[] = [];

async function connected(
  redis: RunningRedis,
  commandTimeoutMs?: number,
): Promise<RedisStateClient> {
  const client = new RedisStateClient({
    url: redis.url,
    commandTimeoutMs,
    maxReconnectDelayMs: 200,
  });
  clients.push(client);
  if (!(await client.whenReady(5_000))) throw new Error('redis did not connect');
  return client;
}

/** A plain node-redis connection, to look at what the store left on the server. */
async function inspector(redis: RunningRedis) {
  const client = createClient({ url: redis.url });
  inspectors.push(client);
  await client.connect();
  return client;
}

/** The rejection of `call` and how long it took; fails the test if it resolves. */
async function failure(call: () => Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const started = performance.now();
  const error = await call().then(
    () => {
      throw new Error('expected the call to fail');
    },
    (caught: Error) => caught,
  );
  return { error, ms: performance.now() - started };
}

/** Retries until the store answers again (the client reconnects in the background). */
async function answersAgain(store: RedisCacheStore): Promise<void> {
  for (;;) {
    try {
      await store.get('probe');
      return;
    } catch (error) {
      expect(error).toBeInstanceOf(CacheUnavailableError);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const client of inspectors.splice(0)) client.destroy();
  await stopAllRedisServers();
});

describe('RedisCacheStore on a real redis-server', () => {
  it('keeps entries and tag sets under its prefix, with PX expiry that tag sets outlast', async () => {
    const redis = await startRedisServer();
    const store = new RedisCacheStore(await connected(redis), { prefix: 'og:test:' });
    const client = await inspector(redis);
    await store.set('page:1', ['r1'], { ttlMs: 30_000, tags: ['r1'] });
    await store.set('record:r1', { id: 'r1' }, { ttlMs: 90_000, tags: ['r1'] });

    expect((await client.keys('*')).sort()).toEqual([
      'og:test:t:r1',
      'og:test:v:page:1',
      'og:test:v:record:r1',
    ]);
    expect(await client.get('og:test:v:record:r1')).toBe('{"id":"r1"}');
    const entryTtl = await client.pTTL('og:test:v:page:1');
    expect(entryTtl).toBeGreaterThan(25_000);
    expect(entryTtl).toBeLessThanOrEqual(30_000);
    // The tag set lives as long as its longest-lived entry, and a shorter one does not cut it back.
    await store.set('page:2', ['r1'], { ttlMs: 5_000, tags: ['r1'] });
    expect(await client.pTTL('og:test:t:r1')).toBeGreaterThan(85_000);
    expect(await client.sMembers('og:test:t:r1')).toHaveLength(3);

    await store.invalidateTags(['r1']);
    expect(await client.keys('*')).toEqual([]);
  });

  it('stores with other prefixes on one server do not see each other', async () => {
    const client = await connected(await startRedisServer());
    const blue = new RedisCacheStore(client, { prefix: 'blue:' });
    const green = new RedisCacheStore(client, { prefix: 'green:' });
    await blue.set('k', 'blue', { ttlMs: 60_000, tags: ['t'] });
    await green.set('k', 'green', { ttlMs: 60_000, tags: ['t'] });
    await blue.invalidateTags(['t']);
    expect([await blue.get('k'), await green.get('k')]).toEqual([undefined, 'green']);
  });

  it('a stopped server fails every call fast with CacheUnavailableError; it works again once back', async () => {
    const redis = await startRedisServer();
    const store = new RedisCacheStore(await connected(redis, 500));
    await store.set('k', 'v', { ttlMs: 60_000, tags: ['t'] });
    await redis.stop();

    const calls: [string, () => Promise<unknown>][] = [
      ['get', () => store.get('k')],
      ['getMany', () => store.getMany(['k', 'j'])],
      ['set', () => store.set('k', 'w', { ttlMs: 60_000, tags: ['t'] })],
      ['invalidate', () => store.invalidate(['k'])],
      ['invalidateTags', () => store.invalidateTags(['t'])],
    ];
    for (const [operation, call] of calls) {
      const { error, ms } = await failure(call);
      expect(error).toBeInstanceOf(CacheUnavailableError);
      expect((error as CacheUnavailableError).operation).toBe(operation);
      expect(ms).toBeLessThan(2_000);
    }

    await redis.start();
    await answersAgain(store);
    // A fresh server: what the old one held is gone, and the store works as before.
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', 'again', { ttlMs: 60_000 });
    expect(await store.get('k')).toBe('again');
  });

  it('a hung server (accepting, never answering) fails calls at timeoutMs; they work once it answers', async () => {
    const redis = await startRedisServer();
    const store = new RedisCacheStore(await connected(redis, 300));
    await store.set('k', 'v', { ttlMs: 60_000 });
    redis.pause();

    const { error, ms } = await failure(() => store.getMany(['k']));
    expect(error).toBeInstanceOf(CacheUnavailableError);
    expect(error.message).toBe(
      'cache store unavailable: getMany failed (Error: no answer within 300 ms)',
    );
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(2_000);

    redis.resume();
    await answersAgain(store);
    expect(await store.get('k')).toBe('v');
  });

  it('a server down at start-up fails fast too, and no error names the password of the URL', async () => {
    const redis = await startRedisServer();
    await redis.stop();
    const url = `redis://default:s3cret-pw@127.0.0.1:${redis.port}`;
    const seen: Error[] = [];
    const client = new RedisStateClient({ url, onError: (error) => seen.push(error) });
    clients.push(client);
    const store = new RedisCacheStore(client);

    const { error, ms } = await failure(() => store.get('k'));
    expect(error).toBeInstanceOf(CacheUnavailableError);
    expect(ms).toBeLessThan(2_000);
    while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(error.cause).toBeUndefined();
    for (const text of [error.message, ...seen.map(String)]) {
      expect(text).not.toContain('s3cret-pw');
    }
  });
});
