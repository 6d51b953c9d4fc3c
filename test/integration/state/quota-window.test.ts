import { jest } from '@jest/globals';
import { MemoryQuotaWindow } from '../../../src/core/state/quota-window-memory.js';
import { RedisQuotaWindow } from '../../../src/core/state/quota-window-redis.js';
import type { QuotaDecision, QuotaWindowStore } from '../../../src/core/state/quota-window.js';
import { sleep, stateStoreKinds, type Fleet } from './state-store-kinds.js';

/** A granted decision: it names its grant (for `reached`). */
const GRANTED = { granted: true, ticket: expect.any(String) };

/** One contract for QuotaWindowStore, run against the memory store and Redis on a real server. */
const kinds = stateStoreKinds<QuotaWindowStore>(
  () => new MemoryQuotaWindow(),
  (client, prefix) => new RedisQuotaWindow(client, { prefix }),
);

const granted = (decisions: QuotaDecision[]) => decisions.filter((d) => d.granted).length;
const waits = (decisions: QuotaDecision[]) =>
  decisions.flatMap((d) => (d.granted ? [] : [d.retryInMs]));

describe.each(kinds)('QuotaWindowStore (%s)', (_name, makeFleet) => {
  let fleet: Fleet<QuotaWindowStore>;
  beforeEach(() => {
    fleet = makeFleet();
  });

  it('grants exactly `calls` of a burst, and says when the next fits, within the window', async () => {
    const store = await fleet.replica();
    const limit = { calls: 25, windowMs: 5_000 };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, () => store.tryAcquire('leadsquared', limit)),
    );
    expect(granted(decisions)).toBe(25);
    for (const wait of waits(decisions)) {
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(5_000);
    }
  });

  it('is one window for two replicas: 40 tries split over both, 25 granted in all', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const limit = { calls: 25, windowMs: 5_000 };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).tryAcquire('shared', limit)),
    );
    expect(granted(decisions)).toBe(25);
    expect(await b.tryAcquire('shared', limit)).toMatchObject({ granted: false });
  });

  it('reached: a grant counts from its arrival, so the next call waits a window from then', async () => {
    const store = await fleet.replica();
    const limit = { calls: 1, windowMs: 400 };
    const decision = await store.tryAcquire('arrival', limit);
    expect(decision).toEqual(GRANTED);
    await sleep(250);
    if (decision.granted) await store.reached('arrival', decision.ticket, limit);
    // Granted 250 ms ago, arrived now: the window is full for another ~400 ms, not ~150 ms.
    const refused = await store.tryAcquire('arrival', limit);
    expect(refused).toMatchObject({ granted: false });
    if (!refused.granted) expect(refused.retryInMs).toBeGreaterThan(300);
    await sleep(200);
    expect(await store.tryAcquire('arrival', limit)).toMatchObject({ granted: false });
    await sleep(250);
    expect(await store.tryAcquire('arrival', limit)).toEqual(GRANTED);
  });

  it('reached ignores a ticket that has left the window or was never granted', async () => {
    const store = await fleet.replica();
    const limit = { calls: 1, windowMs: 200 };
    const decision = await store.tryAcquire('gone', limit);
    await sleep(250);
    if (decision.granted) await store.reached('gone', decision.ticket, limit);
    await store.reached('gone', 'no-such-ticket', limit);
    expect(await store.tryAcquire('gone', limit)).toEqual(GRANTED);
  });

  it('keeps keys apart', async () => {
    const store = await fleet.replica();
    const limit = { calls: 2, windowMs: 5_000 };
    await store.tryAcquire('a', limit);
    await store.tryAcquire('a', limit);
    expect(await store.tryAcquire('a', limit)).toMatchObject({ granted: false });
    expect(await store.tryAcquire('b', limit)).toEqual(GRANTED);
  });

  it('slides: once retryInMs has passed, the next call is granted; refusals are not recorded', async () => {
    const store = await fleet.replica();
    const limit = { calls: 3, windowMs: 400 };
    for (let i = 0; i < 3; i += 1) expect(await store.tryAcquire('k', limit)).toEqual(GRANTED);
    const refused = await Promise.all(
      Array.from({ length: 10 }, () => store.tryAcquire('k', limit)),
    );
    expect(granted(refused)).toBe(0);
    const wait = Math.max(...waits(refused));
    expect(wait).toBeLessThanOrEqual(400);
    await sleep(wait + 100);
    // Had the ten refusals counted, the window would still be full.
    const next = await Promise.all(Array.from({ length: 5 }, () => store.tryAcquire('k', limit)));
    expect(granted(next)).toBe(3);
  });

  it('a smaller limit on a fuller window waits for enough calls to leave, not just the oldest', async () => {
    const store = await fleet.replica();
    const wide = { calls: 4, windowMs: 2_000 };
    for (let i = 0; i < 4; i += 1) {
      expect(await store.tryAcquire('k', wide)).toEqual(GRANTED);
      if (i < 3) await sleep(300);
    }
    // Calls at 0, 300, 600 and 900 ms: two fit again once the one at 600 ms has left, ~1,700 ms
    // on; the oldest alone would leave at ~1,100 ms. 300 ms of slack either side of 1,400.
    const narrow = { calls: 2, windowMs: 2_000 };
    const decision = await store.tryAcquire('k', narrow);
    expect(decision).toMatchObject({ granted: false });
    const wait = (decision as { retryInMs: number }).retryInMs;
    expect(wait).toBeGreaterThan(1_400);
    expect(wait).toBeLessThanOrEqual(2_000);
    await sleep(wait + 100);
    expect(await store.tryAcquire('k', narrow)).toEqual(GRANTED);
  });

  it('a back-off stops every replica for its length, and a shorter one does not cut it', async () => {
    const [a, b] = [await fleet.replica(), await fleet.replica()];
    const limit = { calls: 100, windowMs: 1_000 };
    await a.backOff('throttled', 600);
    await b.backOff('throttled', 50);
    const decision = await b.tryAcquire('throttled', limit);
    expect(decision).toMatchObject({ granted: false });
    const wait = (decision as { retryInMs: number }).retryInMs;
    expect(wait).toBeGreaterThan(300);
    expect(wait).toBeLessThanOrEqual(600);
    expect(await a.tryAcquire('throttled', limit)).toMatchObject({ granted: false });
    expect(await a.tryAcquire('other', limit)).toEqual(GRANTED);
    await sleep(wait + 100);
    expect(await a.tryAcquire('throttled', limit)).toEqual(GRANTED);
  });

  it('refuses a meaningless limit before touching the store', async () => {
    const store = await fleet.replica();
    await expect(store.tryAcquire('k', { calls: 0, windowMs: 1_000 })).rejects.toThrow(RangeError);
    await expect(store.tryAcquire('k', { calls: 1, windowMs: 0.5 })).rejects.toThrow(
      'quota windowMs must be a whole number of ms >= 1, got 0.5',
    );
    await expect(store.backOff('k', -1)).rejects.toThrow(RangeError);
  });
});

describe('RedisQuotaWindow', () => {
  const [, redisKind] = kinds;

  it('counts on the server clock: a replica whose clock is an hour behind still fills the window', async () => {
    const fleet = redisKind![1]();
    const [behind, onTime] = [await fleet.replica(), await fleet.replica()];
    const limit = { calls: 3, windowMs: 5_000 };
    const hourAgo = Date.now() - 3_600_000;
    const skewed = [
      jest.spyOn(Date, 'now').mockReturnValue(hourAgo),
      jest.spyOn(performance, 'now').mockReturnValue(0),
    ];
    try {
      for (let i = 0; i < 3; i += 1) await behind.tryAcquire('skew', limit);
    } finally {
      for (const spy of skewed) spy.mockRestore();
    }
    // Timestamps from the caller would lie an hour in the past and be trimmed as expired here.
    expect(await onTime.tryAcquire('skew', limit)).toMatchObject({ granted: false });
  });
});
