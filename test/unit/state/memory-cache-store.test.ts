import { MemoryCacheStore } from '../../../src/core/state/memory-cache-store.js';

/** What only the in-memory store has: its bounds. The shared contract runs in test/integration. */
const TTL = { ttlMs: 60_000 };

describe('MemoryCacheStore bounds', () => {
  it('evicts the least recently used entry past maxEntries', async () => {
    const store = new MemoryCacheStore({ maxEntries: 3 });
    await store.setMany(
      ['a', 'b', 'c'].map((key) => ({ key, value: key })),
      TTL,
    );
    expect(await store.get('a')).toBe('a'); // a is now the most recently used
    await store.set('d', 'd', TTL);
    expect(await store.getMany(['a', 'b', 'c', 'd'])).toEqual(['a', undefined, 'c', 'd']);
    expect(store.size).toBe(3);
  });

  it('evicts by JSON size past maxChars, and refuses an entry larger than the whole bound', async () => {
    const store = new MemoryCacheStore({ maxEntries: 100, maxChars: 30 });
    await store.set('a', 'x'.repeat(8), TTL); // 10 characters of JSON with its quotes
    await store.set('b', 'y'.repeat(8), TTL);
    await store.set('c', 'z'.repeat(8), TTL);
    await store.set('d', 'w'.repeat(8), TTL);
    expect(await store.getMany(['a', 'b', 'c', 'd'])).toEqual([
      undefined,
      'y'.repeat(8),
      'z'.repeat(8),
      'w'.repeat(8),
    ]);
    await store.set('huge', 'h'.repeat(40), TTL);
    expect(await store.get('huge')).toBeUndefined();
    expect(store.size).toBe(3);
  });

  it('an evicted entry leaves its tags, so a later entry under the same key keeps only its own', async () => {
    const store = new MemoryCacheStore({ maxEntries: 1 });
    await store.set('k', 'first', { ...TTL, tags: ['old'] });
    await store.set('other', 'pushes k out', TTL);
    await store.set('k', 'second', { ...TTL, tags: ['new'] });
    await store.invalidateTags(['old']);
    expect(await store.get('k')).toBe('second');
  });
});
