import { jest } from '@jest/globals';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { BulkCoalescer } from '../../../src/core/http/bulk-coalescer.js';
import { FakeBulkUpstream, FakeSlots, track } from './coalescer-fakes.js';

/* loadById: a caller that holds its keys by identity already, merged with load()'s callers. */
const NOW = 1_000_000;
const DEADLINE = NOW + 30_000;

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

function coalescer(upstream: FakeBulkUpstream, slots: FakeSlots, keyOf: (key: string) => string) {
  return new BulkCoalescer<string, string>({
    source: UpstreamSource.LEADSQUARED,
    displayName: 'LeadSquared',
    maxKeysPerCall: 2_000,
    keyOf,
    acquire: slots.acquire,
    fetch: (keys, call) => upstream.fetch(keys.map(keyOf), call),
  });
}

describe('BulkCoalescer.loadById', () => {
  it('answers by identity without calling keyOf, in one call with load() callers', async () => {
    const upstream = new FakeBulkUpstream({ has: (id) => id !== 'gone' });
    const slots = new FakeSlots();
    const keyOf = jest.fn((key: string) => key.toLowerCase());
    const bulk = coalescer(upstream, slots, keyOf);
    const byId = track(
      bulk.loadById(
        new Map([
          ['a', 'A'],
          ['gone', 'GONE'],
        ]),
        DEADLINE,
      ),
    );
    expect(keyOf).not.toHaveBeenCalled();
    const byKey = track(bulk.load(['A', 'b'], DEADLINE));
    await slots.grant();

    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['a', 'gone', 'b']]);
    expect(byId.value).toEqual(new Map([['a', 'record a']]));
    expect(byKey.value).toEqual(
      new Map([
        ['A', 'record a'],
        ['b', 'record b'],
      ]),
    );
  });

  it('answers no keys at once, and refuses a caller with no time left', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream, slots, (key) => key);
    await expect(bulk.loadById(new Map(), DEADLINE)).resolves.toEqual(new Map());
    await expect(bulk.loadById(new Map([['a', 'a']]), NOW)).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
    expect(slots.asked).toEqual([]);
    expect(upstream.calls).toEqual([]);
  });
});
