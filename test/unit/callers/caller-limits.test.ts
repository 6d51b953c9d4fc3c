import { GraphQLError } from 'graphql';
import type { CallerSlot } from '../../../src/context.js';
import { UpstreamSource } from '../../../src/core/errors/index.js';
import { withCallerShare, type SourceQuota } from '../../../src/core/http/index.js';
import { openSharedState, type SharedState } from '../../../src/core/shared/index.js';
import { createLogger } from '../../../src/logging/logger.js';
import { CallerLimiters } from '../../../src/server/callers/caller-limiters.js';
import { CallerLimits } from '../../../src/server/callers/caller-limits.js';
import { QuotaShareExceededError } from '../../../src/server/callers/rate-limited.js';
import { LogCapture } from '../../support/log-capture.js';

const QUOTA: SourceQuota = {
  source: UpstreamSource.LEADSQUARED,
  displayName: 'LeadSquared',
  key: 'leadsquared:account',
  calls: 4,
  windowMs: 60_000,
};
const SLOTS = { ...QUOTA, key: 'slots', max: 4, leaseMs: 1_000 };

let state: SharedState;
beforeEach(() => {
  state = openSharedState({
    redisPrefix: 'og:',
    localShare: 0.5,
    cacheMaxEntries: 10,
    cacheMaxChars: 10_000,
    log: { warn: () => undefined, info: () => undefined },
  });
});
afterEach(() => state.close());

const logs = new LogCapture();
const logger = createLogger('info', logs);

async function admitted(limits: CallerLimits, token: { subject?: string; clientId?: string }) {
  const slot: CallerSlot = {};
  await limits.admit(token, slot, logger);
  return slot;
}

describe('CallerLimits', () => {
  it('records the caller and gives it a share; none for a token that names nobody, or at share 1', async () => {
    const limits = new CallerLimits(state, { requestsPerMinute: 0, quotaShare: 0.5 }, 0.5);
    const slot = await admitted(limits, { subject: 'ana' });
    expect(slot.id).toBe('ana');
    expect(slot.share).toBeDefined();
    expect(await admitted(limits, {})).toEqual({});
    const uncapped = new CallerLimits(state, { requestsPerMinute: 0, quotaShare: 1 }, 0.5);
    expect((await admitted(uncapped, { clientId: 'app' })).share).toBeUndefined();
    limits.close();
    uncapped.close();
  });

  it('refuses the request over the rate with a 429 GraphQLError naming no caller', async () => {
    const limits = new CallerLimits(state, { requestsPerMinute: 2, quotaShare: 0.5 }, 0.5);
    await admitted(limits, { subject: 'ana' });
    await admitted(limits, { subject: 'ana' });
    const refusal = await admitted(limits, { subject: 'ana' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GraphQLError);
    const { extensions, message } = refusal as GraphQLError;
    expect(extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'requests',
      retryAfter: 60,
      http: { status: 429 },
    });
    // A Map, as Apollo Server reads it (graphql-yoga's typing says a record).
    const { headers } = extensions.http as unknown as { headers: Map<string, string> };
    expect(headers.get('retry-after')).toBe('60');
    expect(message).not.toContain('ana');
    // Another caller has a rate of its own; the same id as client_id is another caller too.
    await admitted(limits, { subject: 'bea' });
    await admitted(limits, { clientId: 'ana' });
    limits.close();
  });

  it('grants a caller its share of a quota, then refuses at once what would pass the deadline', async () => {
    const limits = new CallerLimits(state, { requestsPerMinute: 0, quotaShare: 0.5 }, 0.5);
    const { share } = await admitted(limits, { subject: 'ana' });
    const deadline = Date.now() + 5_000;
    (await share!.ofQuota(QUOTA, deadline))();
    (await share!.ofQuota(QUOTA, deadline))();
    const refusal = await share!.ofQuota(QUOTA, deadline).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(QuotaShareExceededError);
    expect((refusal as QuotaShareExceededError).extensions).toEqual({
      code: 'RATE_LIMITED',
      limit: 'quotaShare',
      source: 'LEADSQUARED',
      retryAfter: 60,
    });
    expect((refusal as Error).message).toBe(
      "This caller's share of the LeadSquared quota (2 of its 4 calls per 1 min) is used up until after the request deadline; retry in 60 s",
    );
    // Another caller's share is its own.
    const other = (await admitted(limits, { subject: 'bea' })).share!;
    await expect(other.ofQuota(QUOTA, deadline)).resolves.toEqual(expect.any(Function));
    // A one-call quota has no smaller share: nothing is waited for, nothing is kept.
    (await share!.ofQuota({ ...QUOTA, key: 'single', calls: 1 }, deadline))();
    limits.close();
  });

  it('holds a caller to its share of concurrency slots', async () => {
    const limits = new CallerLimits(state, { requestsPerMinute: 0, quotaShare: 0.5 }, 0.5);
    const { share } = await admitted(limits, { subject: 'ana' });
    const first = await share!.ofSlots(SLOTS, Date.now() + 5_000);
    await share!.ofSlots(SLOTS, Date.now() + 5_000);
    let third = false;
    const waiting = share!.ofSlots(SLOTS, Date.now() + 5_000).then(() => (third = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    first();
    await waiting;
    expect(third).toBe(true);
    limits.close();
  });
});

describe('withCallerShare', () => {
  it("waits for the caller's turn before the source's, and ends both, or the caller's on a refusal", async () => {
    const order: string[] = [];
    const share = {
      ofQuota: async () => {
        order.push('caller');
        return () => order.push('caller ended');
      },
      ofSlots: async () => () => undefined,
    };
    const ended = await withCallerShare(share, QUOTA, 0, async () => {
      order.push('source');
      return () => order.push('source ended');
    });
    ended();
    expect(order).toEqual(['caller', 'source', 'caller ended', 'source ended']);
    order.length = 0;
    const refused = new Error('source refused');
    await expect(withCallerShare(share, QUOTA, 0, () => Promise.reject(refused))).rejects.toBe(
      refused,
    );
    expect(order).toEqual(['caller', 'caller ended']);
  });
});

describe('CallerLimiters', () => {
  it('drops a limiter idle for longer than its window, never one with a turn open', async () => {
    let now = 0;
    const limiters = new CallerLimiters(() => now);
    const closed: string[] = [];
    const build = (name: string) => () => ({
      acquire: async () => () => undefined,
      close: () => closed.push(name),
    });
    const endA = await limiters.acquire('a', 1_000, build('a'), Infinity);
    (await limiters.acquire('b', 1_000, build('b'), Infinity))();
    endA();
    now = 5_000;
    const endC = await limiters.acquire('c', 1_000, build('c'), Infinity);
    expect(limiters.size).toBe(3); // swept at most every 10 s
    now = 20_000;
    const endA2 = await limiters.acquire('a', 1_000, build('a2'), Infinity);
    expect(closed.sort()).toEqual(['a', 'b']);
    expect(limiters.size).toBe(2); // c is still open; a is built again
    endC();
    endA2();
    limiters.close();
  });
});
