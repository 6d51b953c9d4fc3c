import { MemoryLocks } from '../../../src/core/state/lock-memory.js';
import { RedisLocks } from '../../../src/core/state/lock-redis.js';
import { withLock, type LockStore } from '../../../src/core/state/lock.js';
import { sleep, stateStoreKinds, type Fleet } from './state-store-kinds.js';

/** One contract for LockStore and withLock, run against the memory store and Redis. */
const kinds = stateStoreKinds<LockStore>(
  () => new MemoryLocks(),
  (client, prefix) => new RedisLocks(client, { prefix }),
);

describe.each(kinds)('LockStore (%s)', (_name, makeFleet) => {
  let fleet: Fleet<LockStore>;
  beforeEach(() => {
    fleet = makeFleet();
  });

  it('of two contenders on two replicas, exactly one holds the lock', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const tokens = await Promise.all([a, b, a, b].map((s) => s.acquire('refresh', 10_000)));
    expect(tokens.filter((token) => token !== null)).toHaveLength(1);
    expect(await a.acquire('other', 10_000)).not.toBeNull();
  });

  it('only the holder releases it; then the other can take it', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const token = await a.acquire('refresh', 10_000);
    expect(await b.release('refresh', 'not-the-token')).toBe(false);
    expect(await b.acquire('refresh', 10_000)).toBeNull();
    expect(await a.release('refresh', token!)).toBe(true);
    expect(await a.release('refresh', token!)).toBe(false);
    expect(await b.acquire('refresh', 10_000)).not.toBeNull();
  });

  it('expires after its TTL, and the late holder cannot release the next holder', async () => {
    const [late, next] = [await fleet.replica(), await fleet.replica()];
    const stale = await late.acquire('refresh', 300);
    await sleep(400);
    const token = await next.acquire('refresh', 10_000);
    expect(token).not.toBeNull();
    expect(await late.release('refresh', stale!)).toBe(false);
    expect(await late.acquire('refresh', 10_000)).toBeNull();
  });

  it('withLock runs the work once; a contender is told so and does not run it', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    let runs = 0;
    let contender: Awaited<ReturnType<typeof withLock>> | undefined;
    const outcome = await withLock(a, 'refresh', 10_000, async () => {
      runs += 1;
      contender = await withLock(b, 'refresh', 10_000, async () => (runs += 1));
      return 'token-1';
    });
    expect(outcome).toEqual({ acquired: true, value: 'token-1' });
    expect(contender).toEqual({ acquired: false });
    expect(runs).toBe(1);
    // Released afterwards, so the next refresh can happen.
    expect(await b.acquire('refresh', 10_000)).not.toBeNull();
  });

  it('withLock releases the lock when the work fails, and rethrows', async () => {
    const store = await fleet.replica();
    await expect(
      withLock(store, 'refresh', 10_000, async () => {
        throw new Error('token endpoint down');
      }),
    ).rejects.toThrow('token endpoint down');
    expect(await store.acquire('refresh', 10_000)).not.toBeNull();
  });

  it('refuses a meaningless TTL', async () => {
    const store = await fleet.replica();
    await expect(store.acquire('k', 0)).rejects.toThrow(
      'lock ttlMs must be a whole number of ms >= 1, got 0',
    );
  });
});
