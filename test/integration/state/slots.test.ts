import { MemorySlots } from '../../../src/core/state/slots-memory.js';
import { RedisSlots } from '../../../src/core/state/slots-redis.js';
import type { SlotStore } from '../../../src/core/state/slots.js';
import { sleep, stateStoreKinds, type Fleet } from './state-store-kinds.js';

/** One contract for SlotStore, run against the memory store and Redis on a real server. */
const kinds = stateStoreKinds<SlotStore>(
  () => new MemorySlots(),
  (client, prefix) => new RedisSlots(client, { prefix }),
);

const held = (leases: (string | null)[]) => leases.filter((lease) => lease !== null) as string[];

describe.each(kinds)('SlotStore (%s)', (_name, makeFleet) => {
  let fleet: Fleet<SlotStore>;
  beforeEach(() => {
    fleet = makeFleet();
  });

  it('two replicas share the slots: 12 tries at 5 in flight, exactly 5 distinct leases', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const leases = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).tryAcquire('bu-1', 5, 10_000)),
    );
    expect(held(leases)).toHaveLength(5);
    expect(new Set(held(leases)).size).toBe(5);
    expect(await a.inUse('bu-1')).toBe(5);
    expect(await b.inUse('bu-2')).toBe(0);
    expect(await b.tryAcquire('bu-2', 5, 10_000)).not.toBeNull();
  });

  it('a release frees one slot, for any replica, once', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const leases = held(await Promise.all([1, 2].map(() => a.tryAcquire('k', 2, 10_000))));
    expect(await b.tryAcquire('k', 2, 10_000)).toBeNull();
    expect(await a.release('k', leases[0]!)).toBe(true);
    // A second release of the same lease must not free a slot someone else now holds.
    expect(await a.release('k', leases[0]!)).toBe(false);
    expect(await a.release('k', 'never-leased')).toBe(false);
    expect(await b.tryAcquire('k', 2, 10_000)).not.toBeNull();
    expect(await b.tryAcquire('k', 2, 10_000)).toBeNull();
    expect(await b.inUse('k')).toBe(2);
  });

  it('leases expire, so a crashed holder frees its slots; an expired lease releases nothing', async () => {
    const [crashed, survivor] = [await fleet.replica(), await fleet.replica()];
    const leases = held(await Promise.all([1, 2].map(() => crashed.tryAcquire('k', 2, 400))));
    expect(leases).toHaveLength(2);
    expect(await survivor.tryAcquire('k', 2, 10_000)).toBeNull();
    await sleep(500);
    expect(await survivor.inUse('k')).toBe(0);
    const fresh = await survivor.tryAcquire('k', 2, 10_000);
    expect(fresh).not.toBeNull();
    expect(await crashed.release('k', leases[0]!)).toBe(false);
    expect(await survivor.inUse('k')).toBe(1);
  });

  it('a short lease does not cut a longer one held on the same key', async () => {
    const store = await fleet.replica();
    const long = await store.tryAcquire('k', 3, 2_000);
    await store.tryAcquire('k', 3, 300);
    await sleep(400);
    expect(await store.inUse('k')).toBe(1);
    expect(await store.release('k', long!)).toBe(true);
  });

  it('refuses a meaningless max or lease before touching the store', async () => {
    const store = await fleet.replica();
    await expect(store.tryAcquire('k', 0, 1_000)).rejects.toThrow(
      'slots max must be a whole number >= 1, got 0',
    );
    await expect(store.tryAcquire('k', 1, 0)).rejects.toThrow(RangeError);
  });
});
