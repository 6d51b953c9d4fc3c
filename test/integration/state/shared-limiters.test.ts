/*
 * The quota and slot limiters of two "replicas" (two shared states, each with its own Redis
 * connection) on one real redis-server: one window and one slot count for both, callers of both
 * served, and each falling back to its local share while Redis is down.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { SharedState } from '../../../src/core/shared/index.js';
import {
  startRedisServer,
  stopAllRedisServers,
  type RunningRedis,
} from '../../support/redis-server.js';
import { memorySharedState } from '../../support/shared-state.js';

let redis: RunningRedis;
const states: SharedState[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await Promise.all(states.map((state) => state.close()));
  await stopAllRedisServers();
});

async function replica(): Promise<SharedState> {
  const state = memorySharedState({ redisUrl: redis.url });
  states.push(state);
  // Connected before the test starts: until then every call would take the local share.
  for (let i = 0; i < 100 && state.status().status !== 'ok'; i += 1) await sleep(20);
  expect(state.status()).toEqual({ store: 'redis', status: 'ok' });
  return state;
}

/**
 * Grants are timed when the caller hears of them, a few ms after the limiter granted them, and
 * that delay varies on a busy machine: windows are checked 50 ms short of their length.
 */
const SLACK_MS = 50;

const maxInAnyWindow = (times: readonly number[], windowMs: number) =>
  Math.max(0, ...times.map((t) => times.filter((u) => u > t - windowMs && u <= t).length));

describe('SharedQuotaLimiter on one Redis', () => {
  it('is one window for two replicas: 12 calls at 5 per second leave at most 5 per second, both replicas served', async () => {
    const [a, b] = [await replica(), await replica()];
    const spec = { calls: 5, windowMs: 1_000 };
    const limiters = [a.quotaLimiter('one-window', spec), b.quotaLimiter('one-window', spec)];
    const deadline = Date.now() + 10_000;
    const grants = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        await limiters[i % 2]!.acquire(deadline);
        return { at: Date.now(), replica: i % 2 };
      }),
    );
    const times = grants.map((grant) => grant.at).sort((x, y) => x - y);
    expect(maxInAnyWindow(times, 1_000 - SLACK_MS)).toBeLessThanOrEqual(5);
    // Three windows were needed, and neither replica was locked out of the later ones.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(2_000);
    const late = grants.filter((grant) => grant.at - times[0]! >= 1_000);
    expect(new Set(late.map((grant) => grant.replica))).toEqual(new Set([0, 1]));
  }, 20_000);

  it('refuses a caller whose deadline passes while it waits, with the limiter error the clients turn into UPSTREAM_THROTTLED', async () => {
    const a = await replica();
    const limiter = a.quotaLimiter('refuses', { calls: 1, windowMs: 5_000 });
    await limiter.acquire(Date.now() + 1_000);
    const started = Date.now();
    await expect(limiter.acquire(Date.now() + 300)).rejects.toThrow(
      'quota wait exceeds the deadline',
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('falls back to its local share while Redis is down, says degraded, and shares again once it is back', async () => {
    const a = await replica();
    const spec = { calls: 4, windowMs: 1_000 };
    const limiter = a.quotaLimiter('outage', spec);
    await redis.stop();
    try {
      const deadline = Date.now() + 5_000;
      const started = Date.now();
      // Local share 0.5: 2 per second alone, so 4 calls take a second window.
      const times = await Promise.all(
        Array.from({ length: 4 }, async () => {
          await limiter.acquire(deadline);
          return Date.now();
        }),
      );
      expect(maxInAnyWindow(times, 1_000 - SLACK_MS)).toBeLessThanOrEqual(2);
      expect(Math.max(...times) - started).toBeGreaterThanOrEqual(900);
      expect(a.status()).toMatchObject({ store: 'redis', status: 'degraded' });
    } finally {
      await redis.start();
    }
    for (let i = 0; i < 200 && a.status().status !== 'ok'; i += 1) await sleep(25);
    expect(a.status()).toEqual({ store: 'redis', status: 'ok' });
    // Shared again: another replica's grant is counted in the same window.
    const b = await replica();
    const other = b.quotaLimiter('after-outage', { calls: 1, windowMs: 60_000 });
    await other.acquire(Date.now() + 1_000);
    await expect(
      a.quotaLimiter('after-outage', { calls: 1, windowMs: 60_000 }).acquire(Date.now() + 500),
    ).rejects.toThrow('quota wait exceeds the deadline');
  }, 30_000);
});

describe('SharedSlotLimiter on one Redis', () => {
  it('holds at most `max` slots across two replicas', async () => {
    const [a, b] = [await replica(), await replica()];
    const limiters = [a.slotLimiter('in-flight', 2, 5_000), b.slotLimiter('in-flight', 2, 5_000)];
    let held = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const release = await limiters[i % 2]!.acquire(Date.now() + 10_000);
        held += 1;
        most = Math.max(most, held);
        await sleep(60);
        held -= 1;
        release();
      }),
    );
    expect(most).toBe(2);
  }, 20_000);
});
