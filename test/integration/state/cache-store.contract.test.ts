import { setTimeout as sleep } from 'node:timers/promises';
import type { CacheStore } from '../../../src/core/state/cache-store.js';
import { MemoryCacheStore } from '../../../src/core/state/memory-cache-store.js';
import { RedisCacheStore } from '../../../src/core/state/redis-cache-store.js';
import { RedisStateClient } from '../../../src/core/state/redis-state-client.js';
import { startRedisServer, stopAllRedisServers } from '../../support/redis-server.js';

/**
 * The one contract of CacheStore, run against the in-memory store and against the Redis store on a
 * real redis-server: code above the interface must not be able to tell them apart. Time moves on
 * an injected clock for memory and on the wall clock for Redis (Redis keeps its own time).
 */
interface StoreUnderTest {
  readonly store: CacheStore;
  /** Lets `ms` milliseconds pass for the store's expiry. */
  advance(ms: number): Promise<void>;
}

let client: RedisStateClient;
let prefixes = 0;

beforeAll(async () => {
  const redis = await startRedisServer();
  client = new RedisStateClient({ url: redis.url });
  if (!(await client.whenReady(5_000))) throw new Error('redis did not connect');
});

afterAll(async () => {
  client?.close();
  await stopAllRedisServers();
});

const STORES: [string, () => StoreUnderTest][] = [
  [
    'MemoryCacheStore',
    () => {
      let now = 1_000_000;
      const store = new MemoryCacheStore({ maxEntries: 10_000, now: () => now });
      return { store, advance: async (ms) => void (now += ms) };
    },
  ],
  [
    'RedisCacheStore',
    () => {
      // A prefix per test keeps the tests apart on one server, and checks that prefixes do.
      const store = new RedisCacheStore(client, { prefix: `contract:${++prefixes}:` });
      return { store, advance: (ms) => sleep(ms) };
    },
  ],
];

const TTL = { ttlMs: 60_000 };

describe.each(STORES)('%s', (_name, make) => {
  let store: CacheStore;
  let advance: (ms: number) => Promise<void>;
  beforeEach(() => ({ store, advance } = make()));
  afterEach(() => store.close());

  it('round-trips JSON values, and a hit is a copy the caller may change', async () => {
    const record = {
      id: 'r1',
      amount: { value: 12.5, currency: 'EUR' },
      tags: ['a', 'b'],
      gone: null,
    };
    await store.set('record', record, TTL);
    await store.set('date', new Date('2026-12-01T10:00:00.000Z'), TTL);
    await store.set('zero', 0, TTL);
    await store.set('empty', '', TTL);
    await store.set('false', false, TTL);

    const got = await store.get<typeof record>('record');
    expect(got).toEqual(record);
    got!.tags.push('changed');
    expect(await store.get('record')).toEqual(record);
    expect(await store.get('date')).toBe('2026-12-01T10:00:00.000Z');
    expect(await store.getMany(['zero', 'empty', 'false'])).toEqual([0, '', false]);
  });

  it('a miss is undefined and a stored null is a hit', async () => {
    await store.set('not-found', null, TTL);
    expect(await store.get('never-set')).toBeUndefined();
    expect(await store.get('not-found')).toBeNull();
  });

  it('getMany answers one result per key, in key order, hits and misses alike', async () => {
    const ids = Array.from({ length: 2_000 }, (_, i) => `id-${i}`);
    const cached = ids.slice(0, 1_500);
    await store.setMany(
      cached.map((id) => ({ key: id, value: { id } })),
      TTL,
    );
    const got = await store.getMany(ids);
    expect(got).toHaveLength(2_000);
    expect(got.slice(0, 1_500)).toEqual(cached.map((id) => ({ id })));
    expect(got.slice(1_500).every((value) => value === undefined)).toBe(true);

    expect(await store.getMany(['id-1600', 'id-3', 'id-3', 'nope'])).toEqual([
      undefined,
      { id: 'id-3' },
      { id: 'id-3' },
      undefined,
    ]);
    expect(await store.getMany([])).toEqual([]);
  });

  it('each entry expires after its own TTL', async () => {
    await store.set('long', 'L', { ttlMs: 60_000 });
    await store.set('short', 'S', { ttlMs: 1_500 });
    expect(await store.getMany(['long', 'short'])).toEqual(['L', 'S']);
    await advance(2_100);
    expect(await store.getMany(['long', 'short'])).toEqual(['L', undefined]);
  });

  it('setting a key again replaces its value, TTL and tags', async () => {
    await store.set('k', 'old', { ttlMs: 1_500, tags: ['first'] });
    await store.set('k', 'new', { ttlMs: 60_000, tags: ['second'] });
    await advance(2_100);
    expect(await store.get('k')).toBe('new');
    await store.invalidateTags(['second']);
    expect(await store.get('k')).toBeUndefined();
  });

  it('invalidate drops exactly the keys it names', async () => {
    await store.setMany(
      ['a', 'b', 'c'].map((key) => ({ key, value: key })),
      TTL,
    );
    await store.invalidate(['a', 'c', 'missing']);
    expect(await store.getMany(['a', 'b', 'c'])).toEqual([undefined, 'b', undefined]);
    await store.invalidate([]);
    expect(await store.get('b')).toBe('b');
  });

  it('invalidateTags drops exactly the entries stored with any of the tags', async () => {
    // Listing pages tagged with the ids of the records they hold, and the records themselves.
    await store.set('page:1', ['r1', 'r2'], { ...TTL, tags: ['r1', 'r2'] });
    await store.set('page:2', ['r2', 'r3'], { ...TTL, tags: ['r2', 'r3'] });
    await store.set('page:3', ['r4'], { ...TTL, tags: ['r4'] });
    await store.setMany(
      ['r1', 'r2', 'r3', 'r4'].map((id) => ({ key: `record:${id}`, value: id })),
      { ...TTL, tags: ['records'] },
    );
    await store.set('untagged', 'u', TTL);

    await store.invalidateTags(['r2']);
    expect(await store.getMany(['page:1', 'page:2', 'page:3', 'untagged'])).toEqual([
      undefined,
      undefined,
      ['r4'],
      'u',
    ]);
    expect(await store.get('record:r2')).toBe('r2');

    await store.invalidateTags(['r3', 'nobody', 'records']);
    expect(await store.getMany(['page:3', 'record:r1', 'record:r4', 'untagged'])).toEqual([
      ['r4'],
      undefined,
      undefined,
      'u',
    ]);
  });

  it('a tag only ever drops what was stored under it, even after that expired', async () => {
    await store.set('page', 'p', { ttlMs: 1_500, tags: ['r1'] });
    await advance(2_100);
    await store.set('other', 'o', { ...TTL, tags: ['r2'] });
    await store.invalidateTags(['r1']);
    expect(await store.get('other')).toBe('o');
  });

  it('refuses a bad TTL or a value JSON cannot hold, and stores nothing of that batch', async () => {
    for (const ttlMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(store.set('k', 'v', { ttlMs })).rejects.toThrow(RangeError);
    }
    await expect(
      store.setMany(
        [
          { key: 'good', value: 1 },
          { key: 'bad', value: undefined },
        ],
        TTL,
      ),
    ).rejects.toThrow('cache value for "bad" is not JSON-serialisable');
    expect(await store.getMany(['k', 'good', 'bad'])).toEqual([undefined, undefined, undefined]);
  });
});
