import { jest } from '@jest/globals';
import {
  QuotaWaitExceedsDeadline,
  SlidingWindowLimiter,
  type SlidingWindowOptions,
} from '../../../src/core/http/sliding-window-limiter.js';

/**
 * Everything runs on jest's modern fake clock: the limiter's `now` is the fake clock and its
 * setTimeout is the fake one, so time only moves when a test advances it.
 */
const FAR = 1_000_000_000;

interface Tracked {
  index: number;
  state: 'pending' | 'granted' | 'rejected';
  at?: number;
  error?: unknown;
}

function setUp(options: Omit<SlidingWindowOptions, 'now'>) {
  const limiter = new SlidingWindowLimiter({ ...options, now: () => jest.now() });
  const grants: { index: number; at: number }[] = [];
  const tracked: Tracked[] = [];
  const acquire = (deadline = FAR): Tracked => {
    const entry: Tracked = { index: tracked.length, state: 'pending' };
    tracked.push(entry);
    limiter.acquire(deadline).then(
      () => {
        entry.state = 'granted';
        entry.at = jest.now();
        grants.push({ index: entry.index, at: entry.at });
      },
      (error: unknown) => {
        entry.state = 'rejected';
        entry.at = jest.now();
        entry.error = error;
      },
    );
    return entry;
  };
  return { limiter, grants, tracked, acquire };
}

/** Lets settled promises run their callbacks without moving the clock. */
const flush = () => jest.advanceTimersByTimeAsync(0);

beforeEach(() => {
  jest.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('SlidingWindowLimiter', () => {
  it.each([
    [3, 1_000, 0, 10],
    [3, 1_000, 150, 10],
    [1, 200, 50, 5],
    [5, 5_000, 150, 23],
  ])(
    'with %d calls per %d ms (+%d ms margin) grants %d waiters, never too many in a window',
    async (calls, windowMs, marginMs, count) => {
      const { grants, acquire } = setUp({ calls, windowMs, marginMs });
      for (let i = 0; i < count; i += 1) acquire();
      await flush();
      expect(grants).toHaveLength(Math.min(calls, count));

      await jest.advanceTimersByTimeAsync(Math.ceil(count / calls) * (windowMs + marginMs));
      expect(grants).toHaveLength(count);
      // Any `calls + 1` consecutive grants span at least one window plus the margin.
      for (let i = 0; i + calls < grants.length; i += 1) {
        expect(grants[i + calls]!.at - grants[i]!.at).toBeGreaterThanOrEqual(windowMs + marginMs);
      }
      // ...and the limiter does not hold calls back longer than it must.
      const started = grants[0]!.at;
      grants.forEach(({ at }, i) => {
        expect(at - started).toBe(Math.floor(i / calls) * (windowMs + marginMs));
      });
    },
  );

  it('serves waiters first come, first served', async () => {
    const { grants, acquire } = setUp({ calls: 2, windowMs: 100 });
    for (let i = 0; i < 9; i += 1) acquire();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(grants.map((grant) => grant.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('counts calls granted earlier in the sliding window', async () => {
    const { grants, acquire } = setUp({ calls: 2, windowMs: 1_000 });
    acquire();
    await jest.advanceTimersByTimeAsync(600);
    acquire();
    acquire(); // the window holds the calls at 0 and 600: this one waits until 1000
    await flush();
    expect(grants.map((grant) => grant.at - 1_000_000)).toEqual([0, 600]);
    await jest.advanceTimersByTimeAsync(399);
    expect(grants).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(grants.map((grant) => grant.at - 1_000_000)).toEqual([0, 600, 1_000]);
  });

  it('rejects at once when the estimated wait passes the deadline', async () => {
    const { limiter, acquire, tracked } = setUp({ calls: 2, windowMs: 1_000, marginMs: 100 });
    acquire();
    acquire();
    await flush();
    const now = jest.now();

    // The next slot opens at now + 1100: a deadline up to then is refused without waiting (a turn
    // at the very deadline leaves no time for the call).
    for (const deadline of [now + 500, now + 1_099, now + 1_100]) {
      const error = await limiter.acquire(deadline).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(QuotaWaitExceedsDeadline);
      expect((error as QuotaWaitExceedsDeadline).waitMs).toBe(1_100);
    }
    expect(jest.now()).toBe(now); // no time passed

    // A deadline that fits is queued, and so is the next one; the third in line needs a 2nd window.
    const fits = acquire(now + 1_101);
    const second = acquire(now + 1_101);
    const third = await limiter.acquire(now + 2_200).catch((caught: unknown) => caught);
    expect(third).toBeInstanceOf(QuotaWaitExceedsDeadline);
    expect(third).toMatchObject({ waitMs: 2_200 });
    await jest.advanceTimersByTimeAsync(1_100);
    expect([fits.state, second.state]).toEqual(['granted', 'granted']);
    expect([fits.at, second.at]).toEqual([now + 1_100, now + 1_100]);
    expect(tracked.filter((entry) => entry.state === 'rejected')).toEqual([]);
  });

  it('rejects a deadline already passed', async () => {
    const { limiter } = setUp({ calls: 5, windowMs: 1_000 });
    await expect(limiter.acquire(jest.now() - 1)).rejects.toBeInstanceOf(QuotaWaitExceedsDeadline);
  });

  it('backOff(ms) blocks everyone for that long, then grants in order', async () => {
    const { limiter, grants, acquire } = setUp({ calls: 10, windowMs: 1_000 });
    const start = jest.now();
    limiter.backOff(2_500);
    acquire();
    acquire();
    await jest.advanceTimersByTimeAsync(2_499);
    expect(grants).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(grants).toEqual([
      { index: 0, at: start + 2_500 },
      { index: 1, at: start + 2_500 },
    ]);
  });

  it('backOff() without a delay blocks for a full window plus the margin', async () => {
    const { limiter, grants, acquire } = setUp({ calls: 10, windowMs: 1_000, marginMs: 150 });
    const start = jest.now();
    limiter.backOff();
    acquire();
    await jest.advanceTimersByTimeAsync(1_149);
    expect(grants).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(grants).toEqual([{ index: 0, at: start + 1_150 }]);
  });

  it('backOff never shortens an earlier, longer block', async () => {
    const { limiter, grants, acquire } = setUp({ calls: 10, windowMs: 1_000 });
    const start = jest.now();
    limiter.backOff(3_000);
    limiter.backOff(100);
    acquire();
    await jest.advanceTimersByTimeAsync(2_999);
    expect(grants).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(grants).toEqual([{ index: 0, at: start + 3_000 }]);
  });

  it('refuses at once a caller whose deadline falls inside a back-off', async () => {
    const { limiter } = setUp({ calls: 10, windowMs: 1_000 });
    limiter.backOff(5_000);
    const error = await limiter.acquire(jest.now() + 4_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuotaWaitExceedsDeadline);
    expect((error as QuotaWaitExceedsDeadline).waitMs).toBe(5_000);
  });

  it('never grants a queued waiter after its deadline when a back-off outlasts it', async () => {
    const { limiter, acquire } = setUp({ calls: 1, windowMs: 1_000 });
    const start = jest.now();
    const first = acquire();
    const waiting = acquire(start + 1_500); // fits: its slot opens at start + 1000
    await flush();
    expect(first.state).toBe('granted');
    limiter.backOff(10_000); // the upstream throttled us anyway
    await jest.advanceTimersByTimeAsync(10_000);
    expect(waiting.state).toBe('rejected');
    expect(waiting.error).toBeInstanceOf(QuotaWaitExceedsDeadline);
    expect(waiting.error).toMatchObject({ waitMs: 10_000 });
    // Refused no later than its deadline: waiting longer would only delay an honest error.
    expect(waiting.at).toBeLessThanOrEqual(start + 1_500);
  });

  it('close() rejects every waiter and grants nothing afterwards', async () => {
    const { limiter, acquire, grants, tracked } = setUp({ calls: 1, windowMs: 1_000 });
    acquire();
    acquire();
    acquire();
    await flush();
    expect(grants).toHaveLength(1);
    limiter.close();
    await flush();
    expect(tracked.map((entry) => entry.state)).toEqual(['granted', 'rejected', 'rejected']);
    expect(tracked[1]!.error).toBeInstanceOf(QuotaWaitExceedsDeadline);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(grants).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('counts calls granted elsewhere (noteGranted), even more than fit, before granting its own', async () => {
    const { limiter, grants, acquire } = setUp({ calls: 2, windowMs: 1_000 });
    const start = jest.now();
    limiter.noteGranted();
    await jest.advanceTimersByTimeAsync(100);
    limiter.noteGranted();
    limiter.noteGranted(); // three in a window of two: the shared window allowed more than our share
    acquire();
    acquire();
    await flush();
    expect(grants).toHaveLength(0);
    // At 1,000 ms the first noted call leaves, but two are still in the window: still full.
    await jest.advanceTimersByTimeAsync(950);
    expect(grants).toHaveLength(0);
    // At 1,100 ms the other two leave, and both waiters fit.
    await jest.advanceTimersByTimeAsync(50);
    expect(grants.map(({ at }) => at - start)).toEqual([1_100, 1_100]);
  });
});
