import { jest } from '@jest/globals';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { expectDeadlineError } from './expect-deadline-error.js';
import { BulkCoalescer, type BulkCoalescerOptions } from '../../../src/core/http/bulk-coalescer.js';
import { FakeBulkUpstream, FakeSlots, flush, track } from './coalescer-fakes.js';

/** Deadlines, slots and answers all on jest's fake clock: each case is exact, never a race. */
const NOW = 1_000_000;

function coalescer(
  fetch: BulkCoalescerOptions<string, string>['fetch'],
  acquire: BulkCoalescerOptions<string, string>['acquire'],
) {
  return new BulkCoalescer<string, string>({
    source: UpstreamSource.LEADSQUARED,
    displayName: 'LeadSquared',
    maxKeysPerCall: 2_000,
    keyOf: (id) => id,
    acquire,
    fetch,
  });
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('BulkCoalescer deadlines and slots', () => {
  it('lets a caller waiting for a slot give up alone, withdrawing the keys only it wanted', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream.fetch, slots.acquire);
    const hurried = track(bulk.load(['mine', 'shared'], NOW + 1_000));
    const patient = track(bulk.load(['shared', 'other'], NOW + 10_000));
    await flush();
    // Asked for when the first caller came; the slot serves whoever is still queued then.
    expect(slots.asked).toEqual([NOW + 1_000]);

    await jest.advanceTimersByTimeAsync(999);
    expect(hurried.status).toBe('pending');
    await jest.advanceTimersByTimeAsync(1);
    expectDeadlineError(hurried.error);
    expect(bulk.queued).toBe(2);

    await slots.grant();
    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['shared', 'other']]);
    expect(patient.status).toBe('resolved');
  });

  it('lets a caller whose keys are in flight give up alone while the call goes on', async () => {
    const upstream = new FakeBulkUpstream({ hold: true });
    const slots = new FakeSlots();
    const bulk = coalescer(upstream.fetch, slots.acquire);
    const hurried = track(bulk.load(['a'], NOW + 1_000));
    const patient = track(bulk.load(['a', 'b'], NOW + 8_000));
    await slots.grant();
    // The call runs until the latest deadline of those waiting for it.
    expect(upstream.calls[0]!.call.deadline).toBe(NOW + 8_000);

    await jest.advanceTimersByTimeAsync(1_000);
    expectDeadlineError(hurried.error);
    expect(patient.status).toBe('pending');
    await jest.advanceTimersByTimeAsync(2_000);
    upstream.calls[0]!.answer();
    await flush();
    expect(patient.value).toEqual(
      new Map([
        ['a', 'record a'],
        ['b', 'record b'],
      ]),
    );
    expect(upstream.calls).toHaveLength(1);
  });

  it('refuses a caller with no time left before asking for anything', async () => {
    const slots = new FakeSlots();
    const bulk = coalescer(new FakeBulkUpstream().fetch, slots.acquire);
    const late = track(bulk.load(['a'], NOW));
    await flush();
    expectDeadlineError(late.error);
    expect(slots.asked).toEqual([]);
  });

  it('passes a refused slot on to the callers it was for; later callers ask again', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream.fetch, slots.acquire);
    const first = track(bulk.load(['a'], NOW + 5_000));
    const second = track(bulk.load(['b'], NOW + 4_000));
    await flush();
    // Arrives while the slot for the first two is pending, with more time than they have.
    const later = track(bulk.load(['a', 'c'], NOW + 9_000));
    await flush();
    expect(slots.asked).toEqual([NOW + 5_000]);

    const throttled = new Error('quota wait exceeds the deadline');
    await slots.refuse(throttled);
    expect(first.error).toBe(throttled);
    expect(second.error).toBe(throttled);
    expect(later.status).toBe('pending');
    expect(slots.asked).toEqual([NOW + 5_000, NOW + 9_000]);

    await slots.grant();
    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['a', 'c']]);
    expect(later.status).toBe('resolved');
  });

  it('hands back a slot that comes after everyone has given up, sending nothing', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream.fetch, slots.acquire);
    const gone = track(bulk.load(['a'], NOW + 1_000));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(gone.status).toBe('rejected');
    expect(bulk.queued).toBe(0);
    await slots.grant();
    expect(upstream.calls).toHaveLength(0);
    expect(slots.ended).toEqual([0]);
    expect(slots.waiting).toBe(0);
  });

  it('ends a slot once, whether fetch ends it early or the coalescer when fetch settles', async () => {
    const slots = new FakeSlots();
    const endedBeforeAnswer: number[][] = [];
    const bulk = coalescer(async (keys, call) => {
      call.slotEnded();
      endedBeforeAnswer.push([...slots.ended]);
      return new Map(keys.map((id) => [id, `record ${id}`]));
    }, slots.acquire);
    const caller = track(bulk.load(['a'], NOW + 5_000));
    await slots.grant();
    expect(caller.status).toBe('resolved');
    expect(endedBeforeAnswer).toEqual([[0]]);
    expect(slots.ended).toEqual([0]);
  });

  it('rejects the callers of a fetch that throws synchronously, and ends its slot', async () => {
    const slots = new FakeSlots();
    const bulk = coalescer(() => {
      throw new Error('could not build the request');
    }, slots.acquire);
    const caller = track(bulk.load(['a'], NOW + 5_000));
    await slots.grant();
    expect((caller.error as Error).message).toBe('could not build the request');
    expect(slots.ended).toEqual([0]);
    // The key is free again: a new look-up sends a new call.
    track(bulk.load(['a'], NOW + 5_000));
    await flush();
    expect(slots.waiting).toBe(1);
  });
});
