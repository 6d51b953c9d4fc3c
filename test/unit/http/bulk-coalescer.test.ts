import { jest } from '@jest/globals';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { BulkCoalescer, type BulkCoalescerOptions } from '../../../src/core/http/bulk-coalescer.js';
import { SlidingWindowLimiter } from '../../../src/core/http/sliding-window-limiter.js';
import { FakeBulkUpstream, FakeSlots, flush, ids, track } from './coalescer-fakes.js';

/** Everything runs on jest's fake clock, so time only moves when a test advances it. */
const NOW = 1_000_000;
const DEADLINE = NOW + 30_000;

function coalescer(
  upstream: FakeBulkUpstream,
  acquire: BulkCoalescerOptions<string, string>['acquire'],
  maxKeysPerCall = 2_000,
) {
  return new BulkCoalescer<string, string>({
    source: UpstreamSource.LEADSQUARED,
    displayName: 'LeadSquared',
    maxKeysPerCall,
    keyOf: (id) => id,
    acquire,
    fetch: upstream.fetch,
  });
}

/** The records the fake upstream gives for these ids, as a caller's answer. */
const records = (keys: readonly string[]) => new Map(keys.map((id) => [id, `record ${id}`]));
const freeSlots = () => Promise.resolve();

beforeEach(() => {
  jest.useFakeTimers({ now: NOW });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('BulkCoalescer', () => {
  it('sends 60 look-ups of 30 distinct ids that wait for one slot at a time in 2 calls', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = coalescer(upstream, slots.acquire);
    const wanted = Array.from({ length: 60 }, (_, n) => ids(`caller${n}`, 30));
    const callers = [track(bulk.load(wanted[0]!, DEADLINE))];
    await slots.grant();
    // The others arrive one by one while the next slot is not there yet: they pile up.
    for (const keys of wanted.slice(1)) {
      callers.push(track(bulk.load(keys, DEADLINE)));
      await flush();
    }
    while (slots.waiting > 0) await slots.grant();

    expect(upstream.calls.length).toBeLessThanOrEqual(Math.ceil(1_800 / 2_000) + 1);
    expect(upstream.calls.map(({ keys }) => keys.length)).toEqual([30, 1_770]);
    expect(new Set(upstream.sent).size).toBe(1_800);
    callers.forEach((caller, n) => {
      expect(caller.status).toBe('resolved');
      expect(caller.value).toEqual(records(wanted[n]!));
    });
    expect(slots.ended).toEqual([0, 1]);
  });

  it('with the real quota limiter (25 per 5 s) 60 look-ups cost at most 26 calls', async () => {
    const upstream = new FakeBulkUpstream({ hold: true });
    const limiter = new SlidingWindowLimiter({ calls: 25, windowMs: 5_000, now: () => jest.now() });
    const bulk = coalescer(upstream, (deadline) => limiter.acquire(deadline));
    const wanted = Array.from({ length: 60 }, (_, n) => ids(`caller${n}`, 30));
    const sentAt: number[] = [];
    // The upstream answers each call 100 ms after it was sent.
    const answerNewCalls = () => {
      while (sentAt.length < upstream.calls.length) {
        const call = upstream.calls[sentAt.push(jest.now()) - 1]!;
        setTimeout(() => call.answer(), 100);
      }
    };
    const callers = [];
    for (const keys of wanted) {
      callers.push(track(bulk.load(keys, DEADLINE)));
      await jest.advanceTimersByTimeAsync(10);
      answerNewCalls();
    }
    for (let t = 0; t < 12_000 && callers.some(({ status }) => status === 'pending'); t += 50) {
      await jest.advanceTimersByTimeAsync(50);
      answerNewCalls();
    }

    expect(upstream.calls.length).toBeLessThanOrEqual(26);
    // 25 callers find a free slot each; the other 35 pile up behind the spent quota.
    expect(upstream.calls.map(({ keys }) => keys.length)).toEqual([...Array(25).fill(30), 1_050]);
    for (let i = 0; i + 25 < sentAt.length; i += 1)
      expect(sentAt[i + 25]! - sentAt[i]!).toBeGreaterThanOrEqual(5_000);
    callers.forEach((caller, n) => expect(caller.value).toEqual(records(wanted[n]!)));
    limiter.close();
  });

  it('splits 4,500 keys at the limit of 2,000 into 3 calls', async () => {
    const upstream = new FakeBulkUpstream();
    const bulk = coalescer(upstream, freeSlots);
    const keys = ids('k', 4_500);
    const found = await bulk.load(keys, DEADLINE);
    expect(upstream.calls.map((call) => call.keys.length)).toEqual([2_000, 2_000, 500]);
    expect(new Set(upstream.sent).size).toBe(4_500);
    expect(found).toEqual(records(keys));
  });

  it('sends a key once whoever asked for it, and answers each caller with its own key values', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    const bulk = new BulkCoalescer<{ type: number; id: string }, string>({
      source: UpstreamSource.LEADSQUARED,
      displayName: 'LeadSquared',
      maxKeysPerCall: 2_000,
      keyOf: ({ type, id }) => `${type}:${id}`,
      acquire: slots.acquire,
      fetch: (keys, call) =>
        upstream.fetch(
          keys.map(({ type, id }) => `${type}:${id}`),
          call,
        ),
    });
    const a = [
      { type: 1, id: 'x' },
      { type: 1, id: 'y' },
      { type: 1, id: 'x' },
    ];
    const b = [
      { type: 1, id: 'y' },
      { type: 2, id: 'x' },
    ];
    const first = track(bulk.load(a, DEADLINE));
    const second = track(bulk.load(b, DEADLINE));
    await slots.grant();
    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['1:x', '1:y', '2:x']]);
    // Keyed by the caller's own objects (its first of two equal keys), nothing of the other's.
    expect(first.value).toEqual(
      new Map([
        [a[0], 'record 1:x'],
        [a[1], 'record 1:y'],
      ]),
    );
    expect([...first.value!.keys()]).toEqual([a[0], a[1]]);
    expect([...second.value!.keys()]).toEqual([b[0], b[1]]);
  });

  it('lets a caller join keys already in flight instead of asking for them again', async () => {
    const upstream = new FakeBulkUpstream({ hold: true });
    const slots = new FakeSlots();
    const bulk = coalescer(upstream, slots.acquire);
    const first = track(bulk.load(['a', 'b'], DEADLINE));
    await slots.grant();
    const joiner = track(bulk.load(['b'], DEADLINE + 5_000));
    const partly = track(bulk.load(['b', 'c'], DEADLINE));
    await flush();
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls[0]!.call.deadline).toBe(DEADLINE + 5_000);
    expect(bulk.queued).toBe(1);

    upstream.calls[0]!.answer();
    await flush();
    expect(first.value).toEqual(records(['a', 'b']));
    expect(joiner.value).toEqual(records(['b']));
    expect(partly.status).toBe('pending');
    await slots.grant();
    expect(upstream.calls[1]!.keys).toEqual(['c']);
    upstream.calls[1]!.answer();
    await flush();
    expect(partly.value).toEqual(records(['b', 'c']));
  });

  it('leaves a key the upstream did not return out of the answer', async () => {
    const upstream = new FakeBulkUpstream({ has: (id) => id !== 'gone' });
    const bulk = coalescer(upstream, freeSlots);
    const found = await bulk.load(['here', 'gone'], DEADLINE);
    expect([...found.keys()]).toEqual(['here']);
  });

  it('rejects exactly the callers with a key in a failed call', async () => {
    const broken = new Error('call with b1 failed');
    const upstream = new FakeBulkUpstream({
      failure: (keys) => (keys.includes('b1') ? broken : undefined),
    });
    const slots = new FakeSlots();
    const bulk = coalescer(upstream, slots.acquire, 2);
    const a = track(bulk.load(['a1', 'a2'], DEADLINE));
    const b = track(bulk.load(['b1', 'b2'], DEADLINE));
    const straddling = track(bulk.load(['b2', 'c1'], DEADLINE));
    const c = track(bulk.load(['c1'], DEADLINE));
    while (slots.waiting > 0) await slots.grant();

    expect(upstream.calls.map(({ keys }) => keys)).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']]);
    expect(a.value).toEqual(records(['a1', 'a2']));
    expect(b.error).toBe(broken);
    expect(straddling.error).toBe(broken);
    expect(c.value).toEqual(records(['c1']));
  });

  it('answers an empty look-up at once and refuses a bad batch limit', async () => {
    const upstream = new FakeBulkUpstream();
    const slots = new FakeSlots();
    await expect(coalescer(upstream, slots.acquire).load([], DEADLINE)).resolves.toEqual(new Map());
    expect(slots.asked).toEqual([]);
    expect(() => coalescer(upstream, slots.acquire, 0)).toThrow(RangeError);
    expect(() => coalescer(upstream, slots.acquire, 1.5)).toThrow(RangeError);
  });
});
