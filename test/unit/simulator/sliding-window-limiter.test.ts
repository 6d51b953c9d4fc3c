import { SlidingWindowLimiter } from '../../../src/sources/leadsquared/simulator/rate-limiter.js';

describe('SlidingWindowLimiter', () => {
  it('admits `calls` per sliding window and does not count rejected calls', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ calls: 2, windowMs: 100 }, () => now);
    expect([limiter.tryAcquire(), limiter.tryAcquire(), limiter.tryAcquire()]).toEqual([
      true,
      true,
      false,
    ]);
    now = 60;
    expect(limiter.tryAcquire()).toBe(false); // rejected: must not extend the window
    now = 100;
    expect(limiter.tryAcquire()).toBe(true); // the calls at 0 left the window
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.tryAcquire()).toBe(false);
    limiter.reset();
    expect(limiter.tryAcquire()).toBe(true);
  });
});
