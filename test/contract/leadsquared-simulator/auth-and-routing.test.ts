import {
  SIMULATOR_ACCESS_KEY,
  SIMULATOR_SECRET_KEY,
  type LeadSquaredSimulator,
} from '../../../src/sources/leadsquared/simulator/index.js';
import { call, expectError, KEYS, PATHS, post, startSimulator } from './support.js';

describe('LeadSquared simulator: auth and routing', () => {
  let sim: LeadSquaredSimulator;
  const lead = () => sim.data.leads[0]!;

  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  describe('auth (docs/upstreams/leadsquared.md#authentication)', () => {
    it('accepts the keys in x-LSQ-* headers, whatever their case', async () => {
      const url = new URL(PATHS.leadById, sim.url);
      url.searchParams.set('id', lead().ProspectID);
      const response = await fetch(url, {
        headers: { 'X-LSQ-ACCESSKEY': KEYS.accessKey, 'x-lsq-secretkey': KEYS.secretKey },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as unknown[]).length).toBe(1);
    });

    it('accepts the keys in the query string and keeps them out of the request log', async () => {
      const result = await call(sim, 'GET', PATHS.leadById, {
        auth: 'query',
        query: { id: lead().ProspectID },
      });
      expect(result.status).toBe(200);
      const [entry] = sim.requests();
      expect(entry?.query).toEqual({
        id: lead().ProspectID,
        accessKey: '[redacted]',
        secretKey: '[redacted]',
      });
      const log = JSON.stringify(sim.requests());
      expect(log).not.toContain(KEYS.accessKey);
      expect(log).not.toContain(KEYS.secretKey);
    });

    it.each([
      ['no keys', { auth: 'none' as const }],
      ['a wrong secret key', { keys: { ...KEYS, secretKey: 'wrong' } }],
      [
        'a wrong access key in the query',
        { auth: 'query' as const, keys: { ...KEYS, accessKey: 'x' } },
      ],
      [
        'the demo keys',
        { keys: { accessKey: SIMULATOR_ACCESS_KEY, secretKey: SIMULATOR_SECRET_KEY } },
      ],
    ])('answers 401 for %s without echoing keys', async (_label, options) => {
      const result = await call(sim, 'GET', PATHS.leadById, { ...options, query: { id: 'x' } });
      const body = expectError(result, 401, 'MXUnAuthorizedAccessException');
      expect(body.ExceptionMessage).toBe('Invalid access key or secret key');
      expect(result.text).not.toContain('wrong');
    });
  });

  describe('routing (docs/upstreams/leadsquared.md#hosts-and-base-path)', () => {
    it('answers 404 with the error body for an unknown method, even without keys', async () => {
      const result = await call(sim, 'POST', '/v2/OpportunityManagement.svc/GetEverything', {
        auth: 'none',
      });
      expectError(result, 404, 'MXAPINotFoundException');
      expect(sim.requests()[0]?.operation).toBe('GetEverything');
    });

    it('answers 404 outside /v2/', async () => {
      expectError(
        await call(sim, 'GET', '/v1/LeadManagement.svc/Leads.GetById'),
        404,
        'MXAPINotFoundException',
      );
    });

    it('answers 405 for GET on a POST-only method and POST on a GET method', async () => {
      expectError(await call(sim, 'GET', PATHS.byIds), 405, 'MXMethodNotAllowedException');
      expectError(await call(sim, 'POST', PATHS.leadById), 405, 'MXMethodNotAllowedException');
    });

    it('matches method paths case-insensitively and names operations', async () => {
      const result = await call(sim, 'GET', PATHS.leadById.toLowerCase(), {
        query: { id: 'none' },
      });
      expect(result.status).toBe(200);
      expect(result.json).toEqual([]);
      expect(sim.requests()[0]?.operation).toBe('Leads.GetById');
    });

    it('names every operation for logs and faults', async () => {
      await post(sim, PATHS.search, {});
      await post(sim, PATHS.leadsByIds, {});
      await post(sim, PATHS.ofLead, {});
      await post(sim, PATHS.byIds, {});
      await call(sim, 'GET', PATHS.details);
      expect(sim.requests().map((e) => e.operation)).toEqual([
        'RetrieveOpportunitiesBySearchParameter',
        'RetrieveLeadsByIds',
        'GetOpportunitiesOfLead',
        'GetOpportunitiesById',
        'GetOpportunityDetails',
      ]);
    });
  });

  describe('bodies (docs/upstreams/leadsquared.md#request-conventions)', () => {
    it('rejects malformed JSON with 400 MXInvalidJsonException', async () => {
      const result = await call(sim, 'POST', PATHS.byIds, { rawBody: '{"SearchParameters": [' });
      const body = expectError(result, 400, 'MXInvalidJsonException');
      expect(body.ExceptionMessage).toMatch(
        /^Unexpected character encountered while parsing value/,
      );
    });

    it('rejects a body that is not UTF-8', async () => {
      const latin1 = Uint8Array.from([
        ...Buffer.from('{"SearchParameters":"'),
        0xe9,
        ...Buffer.from('"}'),
      ]);
      expectError(
        await call(sim, 'POST', PATHS.byIds, { rawBody: latin1 }),
        400,
        'MXInvalidJsonException',
      );
    });

    it('rejects a JSON body that is not an object', async () => {
      expectError(await post(sim, PATHS.byIds, [1, 2]), 400, 'MXInvalidJsonException');
    });
  });

  describe('faults in front of the upstream behaviour', () => {
    it('injects upstream-shaped errors before auth', async () => {
      sim.setFaults([{ operation: 'GetOpportunitiesById', status: 503, times: 1 }]);
      const body = expectError(
        await post(sim, PATHS.byIds, {}, { auth: 'none' }),
        503,
        'MXInternalServerException',
      );
      expect(body.ExceptionMessage).toContain('GetOpportunitiesById');
    });

    it('injects a 429 with the configured quota in the message', async () => {
      sim.setFaults([{ status: 429, times: 1 }]);
      const body = expectError(
        await post(sim, PATHS.byIds, {}),
        429,
        'MXAPIRateLimitExceededException',
      );
      expect(body.ExceptionMessage).toBe('API calls exceeded the limit of 1000000 in 1 second(s)');
    });

    it('sends a truncated JSON body for malformedBody', async () => {
      sim.setFaults([{ malformedBody: true, times: 1 }]);
      const result = await post(sim, PATHS.byIds, {});
      expect(result.status).toBe(200);
      expect(result.json).toBeUndefined();
      expect(result.text.startsWith('{"RecordCount"')).toBe(true);
    });
  });
});
