import type { LeadSquaredSimulator } from '../../../src/sources/leadsquared/simulator/index.js';
import { call, expectError, KEYS, PATHS, sleep, startSimulator } from './support.js';

const LIMIT = { calls: 3, windowMs: 300 };
const SLIDE_LIMIT = { calls: 3, windowMs: 2_000 };
type Keys = { readonly accessKey: string; readonly secretKey: string };
const MESSAGE = 'API calls exceeded the limit of 3 in 0.3 second(s)';

describe('LeadSquared simulator: account rate limit (docs/upstreams/leadsquared.md#rate-limits)', () => {
  const getLead = (sim: LeadSquaredSimulator, keys: Keys = KEYS) =>
    call(sim, 'GET', PATHS.leadById, { query: { id: 'x' }, keys });

  describe.each([429, 403] as const)('throttleStatus %d', (throttleStatus) => {
    let sim: LeadSquaredSimulator;
    beforeAll(async () => {
      sim = await startSimulator({ rateLimit: LIMIT, throttleStatus });
    });
    afterAll(() => sim.stop());
    beforeEach(async () => {
      sim.reset();
    });

    it('admits `calls` per window, then throttles with the LeadSquared body', async () => {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await getLead(sim)).status);
      expect(statuses).toEqual([200, 200, 200]);
      const body = expectError(
        await getLead(sim),
        throttleStatus,
        'MXAPIRateLimitExceededException',
      );
      expect(body.ExceptionMessage).toBe(MESSAGE);
    });

    it('slides: rejected calls do not count, old calls leave the window', async () => {
      // A window of its own, long enough that a busy machine cannot stretch the three accepted
      // calls past it before the rejected ones are sent.
      const slow = await startSimulator({ rateLimit: SLIDE_LIMIT, throttleStatus });
      try {
        for (let i = 0; i < 3; i += 1) expect((await getLead(slow)).status).toBe(200);
        const lastAccepted = performance.now();
        await sleep(200);
        for (let i = 0; i < 3; i += 1) expect((await getLead(slow)).status).toBe(throttleStatus);
        // Past the window of the accepted calls; the rejected ones at ~200 ms must not hold us back.
        await sleep(Math.max(0, lastAccepted + SLIDE_LIMIT.windowMs + 30 - performance.now()));
        expect((await getLead(slow)).status).toBe(200);
      } finally {
        await slow.stop();
      }
    });

    it('checks keys first: bad keys get 401, not a throttle, and use no quota', async () => {
      const bad = { ...KEYS, secretKey: 'bad' };
      for (let i = 0; i < 5; i += 1) expect((await getLead(sim, bad)).status).toBe(401);
      for (let i = 0; i < 3; i += 1) expect((await getLead(sim)).status).toBe(200);
      expect((await getLead(sim, bad)).status).toBe(401);
      expect((await getLead(sim)).status).toBe(throttleStatus);
    });

    it('counts every API route against one account-wide window; reset() empties it', async () => {
      await call(sim, 'GET', PATHS.details, { query: { OpportunityId: 'x' } });
      await call(sim, 'POST', PATHS.byIds, { body: {} });
      await getLead(sim);
      expect((await call(sim, 'POST', PATHS.search, { body: {} })).status).toBe(throttleStatus);
      sim.reset();
      expect((await getLead(sim)).status).toBe(200);
    });
  });

  describe('throttleStatus 200', () => {
    let sim: LeadSquaredSimulator;
    beforeAll(async () => {
      sim = await startSimulator({ rateLimit: LIMIT, throttleStatus: 200 });
    });
    afterAll(() => sim.stop());

    it('answers 200 with the throttle body, as some accounts do', async () => {
      for (let i = 0; i < 3; i += 1) expect((await getLead(sim)).json).toEqual([]);
      const body = expectError(await getLead(sim), 200, 'MXAPIRateLimitExceededException');
      expect(body.ExceptionMessage).toBe(MESSAGE);
      expect(sim.requests().map((e) => e.status)).toEqual([200, 200, 200, 200]);
    });
  });

  it('uses the documented default of 25 calls per 5 seconds', async () => {
    const sim = await startSimulator({ rateLimit: undefined });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 26; i += 1) statuses.push((await getLead(sim)).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(25);
      const body = expectError(await getLead(sim), 429, 'MXAPIRateLimitExceededException');
      expect(body.ExceptionMessage).toBe('API calls exceeded the limit of 25 in 5 second(s)');
    } finally {
      await sim.stop();
    }
  });
});
