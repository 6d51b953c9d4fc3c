/*
 * BulkCoalescer's optional selectBatch: the coalescer asks it which queued keys the next call
 * carries (Account Engagement sends one id range per call). Without it, the first maxKeysPerCall
 * keys go, as bulk-coalescer.test.ts covers.
 */
import { jest } from '@jest/globals';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { BulkCoalescer } from '../../../src/core/http/bulk-coalescer.js';
import { FakeBulkUpstream, FakeSlots, track } from './coalescer-fakes.js';

const NOW = 1_000_000;
const DEADLINE = NOW + 30_000;

function coalescer(
  upstream: FakeBulkUpstream,
  slots: FakeSlots,
  selectBatch: (queued: readonly string[]) => readonly string[],
  maxKeysPerCall = 100,
) {
  return new BulkCoalescer<string, string>({
    source: UpstreamSource.ACCOUNT_ENGAGEMENT,
    displayName: 'Account Engagement',
    maxKeysPerCall,
    keyOf: (id) => id,
    selectBatch,
    acquire: slots.acquire,
    fetch: upstream.fetch,
  });
}

const records = (keys: readonly string[]) => new Map(keys.map((id) => [id, `record ${id}`]));

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('BulkCoalescer with selectBatch', () => {
  it('is shown every queued key oldest first, and each slot sends exactly what it chose', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const shown: string[][] = [];
    // Keys of the oldest key's letter, as a range is the oldest id's neighbours.
    const bulk = coalescer(upstream, slots, (queued) => {
      shown.push([...queued]);
      return queued.filter((key) => key[0] === queued[0]![0]);
    });
    const first = track(bulk.load(['a1', 'b1'], DEADLINE));
    const second = track(bulk.load(['b2', 'a2', 'c1'], DEADLINE));
    while (slots.waiting > 0) await slots.grant();

    expect(shown).toEqual([['a1', 'b1', 'b2', 'a2', 'c1'], ['b1', 'b2', 'c1'], ['c1']]);
    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']]);
    expect(first.value).toEqual(records(['a1', 'b1']));
    expect(second.value).toEqual(records(['b2', 'a2', 'c1']));
    expect(slots.ended).toEqual([0, 1, 2]);
  });

  it('ignores keys that are not queued and takes at most maxKeysPerCall', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream, slots, (queued) => ['elsewhere', ...queued].reverse(), 2);
    const caller = track(bulk.load(['k1', 'k2', 'k3'], DEADLINE));
    while (slots.waiting > 0) await slots.grant();
    // Queue order, not the order chosen; the unknown key never leaves.
    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['k1', 'k2'], ['k3']]);
    expect(caller.value).toEqual(records(['k1', 'k2', 'k3']));
  });

  it.each([
    ['chooses nothing', () => []],
    [
      'throws',
      () => {
        throw new Error('no plan');
      },
    ],
  ])(
    'sends the oldest key alone when the selection %s, and ends every slot',
    async (_label, select) => {
      const upstream = new FakeBulkUpstream();
      const slots = new FakeSlots();
      const bulk = coalescer(upstream, slots, select);
      const caller = track(bulk.load(['x', 'y'], DEADLINE));
      while (slots.waiting > 0) await slots.grant();
      expect(upstream.calls.map(({ keys }) => keys)).toEqual([['x'], ['y']]);
      expect(caller.value).toEqual(records(['x', 'y']));
      expect(slots.ended).toEqual([0, 1]);
    },
  );
});
