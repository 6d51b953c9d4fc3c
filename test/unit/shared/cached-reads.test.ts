import { UpstreamSource } from '../../../src/core/errors/index.js';
import type { CachedRead } from '../../../src/core/shared/index.js';
import { memorySharedState } from '../../support/shared-state.js';

/** A fetch whose calls stay open until the test settles them, in order. */
function gatedFetch() {
  const calls: { resolve(value: string): void }[] = [];
  let made = 0;
  return {
    get made() {
      return made;
    },
    fetch: () =>
      new Promise<string>((resolve) => {
        made += 1;
        calls.push({ resolve });
      }),
    settle(index: number, value: string) {
      calls[index]!.resolve(value);
    },
  };
}

const source = { source: UpstreamSource.LEADSQUARED, displayName: 'LeadSquared' };
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('CachedReads', () => {
  const spec = (fetch: () => Promise<string>, overrides: Partial<CachedRead<string>> = {}) => ({
    key: 'page-1',
    ttlMs: 10_000,
    fresh: false,
    deadline: Date.now() + 5_000,
    tags: () => ['LEADSQUARED:listings'],
    scopeTags: ['LEADSQUARED:listings'],
    fetch,
    ...overrides,
  });

  it('serves a stored answer without a call, and shares one call among callers in flight', async () => {
    const state = memorySharedState();
    const reads = state.cachedReads(source);
    const gate = gatedFetch();
    const both = Promise.all([reads.read(spec(gate.fetch)), reads.read(spec(gate.fetch))]);
    await flush();
    gate.settle(0, 'v1');
    expect(await both).toEqual(['v1', 'v1']);
    expect(await reads.read(spec(gate.fetch))).toBe('v1');
    expect(gate.made).toBe(1);
  });

  it('with a TTL of 0 still shares a call in flight, and stores nothing', async () => {
    const reads = memorySharedState().cachedReads(source);
    const gate = gatedFetch();
    const both = Promise.all([
      reads.read(spec(gate.fetch, { ttlMs: 0 })),
      reads.read(spec(gate.fetch, { ttlMs: 0 })),
    ]);
    await flush();
    gate.settle(0, 'v1');
    expect(await both).toEqual(['v1', 'v1']);
    const again = reads.read(spec(gate.fetch, { ttlMs: 0 }));
    await flush();
    gate.settle(1, 'v2');
    expect(await again).toBe('v2');
    expect(gate.made).toBe(2);
  });

  it('a caller after a write does not join a call that started before it, and the old answer is not stored', async () => {
    const state = memorySharedState();
    const reads = state.cachedReads(source);
    const gate = gatedFetch();
    const before = reads.read(spec(gate.fetch));
    await flush();
    await state.cache.invalidate([], ['LEADSQUARED:listings']);
    // A read starting in the very millisecond of the write counts as possibly before it.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = reads.read(spec(gate.fetch));
    await flush();
    expect(gate.made).toBe(2);
    gate.settle(0, 'old');
    gate.settle(1, 'new');
    expect(await before).toBe('old');
    expect(await after).toBe('new');
    // The read that started before the write stored nothing; the one after it did.
    expect(await reads.read(spec(gate.fetch))).toBe('new');
    expect(gate.made).toBe(2);
  });

  it('a fresh caller (no-cache) neither reads the cache nor joins, but stores for the next', async () => {
    const state = memorySharedState();
    const reads = state.cachedReads(source);
    const gate = gatedFetch();
    const first = reads.read(spec(gate.fetch));
    await flush();
    gate.settle(0, 'v1');
    await first;
    const fresh = reads.read(spec(gate.fetch, { fresh: true }));
    await flush();
    gate.settle(1, 'v2');
    expect(await fresh).toBe('v2');
    expect(await reads.read(spec(gate.fetch))).toBe('v2');
    expect(gate.made).toBe(2);
  });
});
