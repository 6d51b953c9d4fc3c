/**
 * The per-operation quota limiters of the Partner Central client. The upstream counts a call from
 * when it receives it, which can be well after the limiter granted it (the SDK serializes and signs
 * first); the client reports when the answer arrived, and the window then counts from there.
 */
import { jest } from '@jest/globals';
import { QuotaWaitExceedsDeadline } from '../../../src/core/http/index.js';
import { OperationLimiters } from '../../../src/sources/partner-central/operation-limiters.js';
import { PUBLISHED_REQUESTS_PER_SECOND } from '../../../src/sources/partner-central/quotas.js';

const FAR = Number.MAX_SAFE_INTEGER;

describe('OperationLimiters', () => {
  let limiters: OperationLimiters;
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    limiters.close();
    jest.useRealTimers();
  });

  /** Tracks when an acquire() resolved. */
  function track(promise: Promise<unknown>): { grantedAt?: number } {
    const state: { grantedAt?: number } = {};
    void promise.then(() => {
      state.grantedAt = Date.now();
    });
    return state;
  }

  it('lets the published rate times the scale through per window (plus a 50 ms margin)', async () => {
    limiters = new OperationLimiters(1);
    const list = limiters.for('ListOpportunities');
    const first = Array.from({ length: 10 }, () => track(list.acquire(FAR)));
    const eleventh = track(list.acquire(FAR));
    await jest.advanceTimersByTimeAsync(0);
    expect(first.every((state) => state.grantedAt === 0)).toBe(true);
    expect(eleventh.grantedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1_049);
    expect(eleventh.grantedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(eleventh.grantedAt).toBe(1_050);
  });

  it('each operation has its own window; a scaled rate never drops below one call', async () => {
    limiters = new OperationLimiters(0.01);
    for (const operation of Object.keys(PUBLISHED_REQUESTS_PER_SECOND)) {
      const limiter = limiters.for(operation as keyof typeof PUBLISHED_REQUESTS_PER_SECOND);
      await expect(limiter.acquire(FAR)).resolves.toEqual(expect.any(Function));
      // The second call of the same operation has to wait a whole window.
      await expect(limiter.acquire(500)).rejects.toBeInstanceOf(QuotaWaitExceedsDeadline);
    }
  });

  it('counts a call from when its answer arrived, not from the grant', async () => {
    limiters = new OperationLimiters(0.1); // ListOpportunities: 1 call per window
    const list = limiters.for('ListOpportunities');
    const reached = await list.acquire(FAR);
    const next = track(list.acquire(FAR));
    // The first call took 150 ms to reach the upstream and answer.
    await jest.advanceTimersByTimeAsync(150);
    reached();
    reached(); // once only: a second report changes nothing
    await jest.advanceTimersByTimeAsync(1_050 - 150);
    // At the old window edge (grant + 1,050 ms) the upstream's window is still closed.
    expect(next.grantedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(149);
    expect(next.grantedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(next.grantedAt).toBe(150 + 1_050);
  });

  it('a call that took longer than a window still counts from its answer', async () => {
    limiters = new OperationLimiters(0.1);
    const list = limiters.for('ListOpportunities');
    const reached = await list.acquire(FAR);
    await jest.advanceTimersByTimeAsync(2_000); // its window passed while it was in flight
    reached();
    const next = track(list.acquire(FAR));
    await jest.advanceTimersByTimeAsync(1_049);
    expect(next.grantedAt).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(next.grantedAt).toBe(2_000 + 1_050);
  });

  it('refuses at once a caller whose turn would come after its deadline', async () => {
    limiters = new OperationLimiters(0.1);
    const list = limiters.for('ListOpportunities');
    await list.acquire(FAR);
    const error = await list.acquire(1_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuotaWaitExceedsDeadline);
    expect((error as QuotaWaitExceedsDeadline).waitMs).toBe(1_050);
  });
});
