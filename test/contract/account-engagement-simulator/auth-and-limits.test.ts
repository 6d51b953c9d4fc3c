import type { AccountEngagementSimulator } from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectJsonError,
  expectXmlError,
  expectXmlOk,
  ManualClock,
  opportunityPath,
  prospectPath,
  sleep,
  startSimulator,
} from './support.js';

const DAY = 86_400_000;
const CONCURRENCY_MESSAGE =
  'You have exceeded your concurrent request limit.  Please wait, before trying again';

describe('Account Engagement simulator: headers, routing and limits (docs/upstreams/account-engagement.md#api-headers, #rate-limits)', () => {
  let sim: AccountEngagementSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 50 });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const query = opportunityPath('query');

  describe('access token (184, HTTP 401)', () => {
    it.each([
      ['missing', null],
      ['unknown', '00D000000000001AAA!not-issued'],
    ])('%s token', async (_label, token) => {
      const message = expectXmlError(await call(sim, query, { token }), 184, 401);
      expect(message).toBe('access_token is invalid, unknown, or malformed');
    });

    it('answers in JSON when format=json', async () => {
      const result = await call(sim, query, { token: null, params: { format: 'json' } });
      expect(expectJsonError(result, 184, 401)).toBe(
        'access_token is invalid, unknown, or malformed',
      );
    });

    it('a non-Bearer scheme is 184; the retired Pardot api_key scheme is 199', async () => {
      const basic = await call(sim, query, {
        token: null,
        headers: { authorization: 'Basic abc' },
      });
      expectXmlError(basic, 184, 401);
      const legacy = await call(sim, query, {
        token: null,
        headers: { authorization: 'Pardot api_key=abc, user_key=def' },
      });
      expect(expectXmlError(legacy, 199, 401)).toMatch(
        /^Authentication using an api_key is no longer supported\./,
      );
    });
  });

  describe('Pardot-Business-Unit-Id', () => {
    it.each([
      ['missing', 181, null, 'A required header is missing'],
      ['too short', 182, '0Uv0000000001', 'Invalid header value'],
      ['wrong prefix', 182, '0Ux000000000001AAA', 'Invalid header value'],
      [
        'another business unit',
        201,
        '0Uv000000000002AAA',
        'Business Unit specified in Pardot-Business-Unit-Id header not found or inactive.',
      ],
    ])('%s → %i', async (_label, code, businessUnitId, message) => {
      expect(expectXmlError(await call(sim, query, { businessUnitId }), code)).toBe(message);
    });

    it('a configured business unit id is the only one accepted', async () => {
      const other = await startSimulator({ records: 5, businessUnitId: '0Uv5g000000XyZaBCD' });
      try {
        expectXmlOk(await call(other, query));
        expectXmlError(await call(other, query, { businessUnitId: sim.businessUnitId }), 201);
      } finally {
        await other.stop();
      }
    });
  });

  describe('routing', () => {
    it.each([
      opportunityPath('list'),
      opportunityPath('read/email/someone@example.com'),
      opportunityPath('read/id'),
      '/api/opportunity/version/5/do/query',
      '/api/visitor/version/3/do/query',
    ])('%s → 2 Invalid action', async (path) => {
      expect(expectXmlError(await call(sim, path), 2)).toBe('Invalid action');
    });

    it('checks the token before the action', async () => {
      expectXmlError(await call(sim, opportunityPath('list'), { token: null }), 184, 401);
    });

    it('paths outside /api/ are 404 with error 2', async () => {
      expectXmlError(await call(sim, '/somewhere/else', { token: null }), 2, 404);
    });

    it('GET and POST everywhere but delete, which takes POST and DELETE (60 otherwise)', async () => {
      const id = sim.data.liveOpportunities()[0]?.id;
      expectXmlOk(await call(sim, opportunityPath(`read/id/${id}`), { method: 'POST' }));
      expectXmlOk(await call(sim, prospectPath('query'), { method: 'POST' }));
      const wrong = await call(sim, opportunityPath(`read/id/${id}`), { method: 'DELETE' });
      expect(expectXmlError(wrong, 60, 405)).toBe('Invalid HTTP request method');
      expect(wrong.allow).toBe('GET, POST');
      const getDelete = await call(sim, opportunityPath(`delete/id/${id}`));
      expectXmlError(getDelete, 60, 405);
      expect(getDelete.allow).toBe('POST, DELETE');
      expect(
        (await call(sim, opportunityPath(`delete/id/${id}`), { method: 'DELETE' })).status,
      ).toBe(204);
      expectXmlError(await call(sim, query, { method: 'PUT' }), 60, 405);
    });

    it('names operations in the request log without the version', async () => {
      sim.clearRequests();
      await call(sim, opportunityPath('query', 4));
      await call(sim, opportunityPath('read/id/1', 3)); // 88 on this unit, still named
      await call(sim, prospectPath('query', 4));
      await call(sim, opportunityPath('nope'));
      expect(sim.requests().map((entry) => entry.operation)).toEqual([
        'opportunity.query',
        'opportunity.read',
        'prospect.query',
        'unknown',
      ]);
    });
  });

  describe('concurrency (66)', () => {
    it('turns away the 6th of 6 concurrent slow requests, then admits again', async () => {
      sim.setFaults([{ operation: 'opportunity.query', latencyMs: 400, times: 6 }]);
      const results = await Promise.all(
        Array.from({ length: 6 }, async (_, index) => {
          await sleep(index * 20); // distinct arrival order
          return call(sim, query, { params: { limit: '1' } });
        }),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 400]);
      expect(expectXmlError(results[5] as (typeof results)[number], 66)).toBe(CONCURRENCY_MESSAGE);
      expectXmlOk(await call(sim, query, { params: { limit: '1' } }));
    });

    it('counts every API operation together and honours maxConcurrent', async () => {
      const two = await startSimulator({ records: 5, maxConcurrent: 2 });
      try {
        two.setFaults([{ latencyMs: 300, times: 3 }]);
        const results = await Promise.all([
          call(two, query, { params: { format: 'json' } }),
          (async () => {
            await sleep(20);
            return call(two, prospectPath('query'), { params: { format: 'json' } });
          })(),
          (async () => {
            await sleep(40);
            return call(two, opportunityPath('read/id/1'), { params: { format: 'json' } });
          })(),
        ]);
        expect(results.map((r) => r.status)).toEqual([200, 200, 400]);
        expect(expectJsonError(results[2] as (typeof results)[number], 66)).toBe(
          CONCURRENCY_MESSAGE,
        );
      } finally {
        await two.stop();
      }
    });
  });

  describe('daily quota (122)', () => {
    const clock = new ManualClock(Date.parse('2026-01-15T23:59:00.000Z'));
    let limited: AccountEngagementSimulator;
    beforeAll(async () => {
      limited = await startSimulator({ records: 5, dailyQuota: 3, now: clock.now });
    });
    afterAll(() => limited.stop());

    it('admits dailyQuota calls per UTC day, then answers 122; the next day starts over', async () => {
      const token = limited.issueToken();
      const use = () => call(limited, query, { token, params: { limit: '1' } });
      // Refused calls (bad token) are not counted.
      expectXmlError(await call(limited, query, { token: null }), 184, 401);
      for (let i = 0; i < 3; i += 1) expectXmlOk(await use());
      expect(limited.apiCallsToday).toBe(3);
      expect(expectXmlError(await use(), 122)).toBe('Daily API rate limit met');
      expect(expectXmlError(await use(), 122)).toBe('Daily API rate limit met');
      clock.advance(DAY);
      expect(limited.apiCallsToday).toBe(0);
      expectXmlOk(await call(limited, query, { params: { limit: '1' } }));
      limited.reset();
      expect(limited.apiCallsToday).toBe(0);
    });
  });

  describe('faults answer in the Account Engagement shape', () => {
    it.each([
      [500, 183],
      [503, 183],
      [401, 184],
      [429, 66],
    ])('status %i → error %i, in the requested format', async (status, code) => {
      sim.setFaults([{ operation: 'opportunity.query', status, times: 2 }]);
      expectXmlError(await call(sim, query), code, status);
      expectJsonError(await call(sim, query, { params: { format: 'json' } }), code, status);
      expectXmlOk(await call(sim, query, { params: { limit: '1' } }));
    });

    it('500 carries the documented transient message', async () => {
      sim.setFaults([{ status: 500, times: 1 }]);
      expect(expectXmlError(await call(sim, query), 183, 500)).toBe(
        'An internal error occurred, please try your request again',
      );
    });

    it('malformed bodies do not parse in either format', async () => {
      sim.setFaults([{ malformedBody: true, times: 2 }]);
      const json = await call(sim, query, { params: { format: 'json' } });
      expect(json.contentType).toBe('application/json');
      expect(() => JSON.parse(json.text)).toThrow();
      const xml = await call(sim, query);
      expect(xml.text).not.toContain('</rsp>');
    });

    it('token endpoint faults answer OAuth-shaped JSON', async () => {
      sim.setFaults([{ operation: 'oauth.token', status: 503, times: 1 }]);
      const response = await fetch(new URL('/services/oauth2/token', sim.url), { method: 'POST' });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: 'unknown_error',
        error_description: 'retry your request',
      });
    });

    it('reset() clears faults, the log and restores data', async () => {
      sim.setFaults([{ status: 500 }]);
      sim.data.liveOpportunities()[0]!.name = 'changed';
      sim.reset();
      expect(sim.faults()).toEqual([]);
      expect(sim.requests()).toEqual([]);
      expect(sim.data.liveOpportunities()[0]?.name).not.toBe('changed');
      expectXmlOk(await call(sim, query));
    });
  });
});
