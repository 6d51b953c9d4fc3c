/**
 * The awsJson1_0 framing (docs/upstreams/partner-central.md#protocol-and-endpoint,
 * #how-the-sdk-reads-an-error, #responses-the-sdk-accepts) seen on the wire, and faults injected
 * through the simulator kit turning into the SDK's modelled error classes.
 */
import {
  AccessDeniedException,
  ConflictException,
  GetOpportunityCommand,
  InternalServerException,
  ListOpportunitiesCommand,
  PartnerCentralSellingServiceException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import {
  OPERATION_NAMES,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectServiceError, rawCall, startSimulator, target } from './support.js';

describe('Partner Central simulator: protocol and faults', () => {
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 10 });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const list = () => client.send(new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 1 }));

  it('answers with application/x-amz-json-1.0 and an x-amzn-RequestId on success and error', async () => {
    const ok = await rawCall(sim, target('ListOpportunities'), { Catalog: 'AWS' });
    const bad = await rawCall(sim, target('GetOpportunity'), { Catalog: 'AWS', Identifier: 'O1' });
    for (const result of [ok, bad]) {
      expect(result.headers.get('content-type')).toBe('application/x-amz-json-1.0');
      expect(result.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(bad.status).toBe(404);
    expect(bad.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(bad.json).toEqual({
      __type: 'com.amazonaws.partnercentralselling#ResourceNotFoundException',
      message: expect.stringContaining('O1'),
    });
  });

  it('dispatches on X-Amz-Target only: unknown or missing targets are UnknownOperationException', async () => {
    for (const header of [target('CreateOpportunity'), 'Other.ListOpportunities', undefined]) {
      const result = await rawCall(sim, header, { Catalog: 'AWS' });
      expect(result.status).toBe(400);
      expect(result.json?.__type).toBe('com.amazon.coral.service#UnknownOperationException');
      expect(result.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    }
  });

  it('answers 405 to anything but POST, and 404 off the root path', async () => {
    const get = await rawCall(sim, target('ListOpportunities'), undefined, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const put = await rawCall(
      sim,
      target('ListOpportunities'),
      { Catalog: 'AWS' },
      { method: 'PUT' },
    );
    expect(put.status).toBe(405);
    const elsewhere = await rawCall(
      sim,
      target('ListOpportunities'),
      { Catalog: 'AWS' },
      { path: '/v1/' },
    );
    expect(elsewhere.status).toBe(404);
  });

  it('answers a body that is not a JSON object with SerializationException; an empty body reads as {}', async () => {
    for (const rawBody of ['{"Catalog":', '[]', '"AWS"']) {
      const result = await rawCall(sim, target('ListOpportunities'), undefined, { rawBody });
      expect(result.status).toBe(400);
      expect(result.json?.__type).toBe('com.amazon.coral.service#SerializationException');
    }
    const empty = await rawCall(sim, target('ListOpportunities'), undefined, { rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.json?.ErrorList).toEqual([
      { FieldName: 'Catalog', Message: 'Catalog is required', Code: 'REQUIRED_FIELD_MISSING' },
    ]);
  });

  it('logs requests under their X-Amz-Target operation names', async () => {
    sim.clearRequests();
    await list();
    await expectServiceError(
      client.send(new GetOpportunityCommand({ Catalog: 'AWS', Identifier: 'O1' })),
      'ResourceNotFoundException',
      404,
    );
    await rawCall(sim, target('NoSuchOperation'), {});
    expect(sim.requests().map((entry) => [entry.operation, entry.status])).toEqual([
      ['ListOpportunities', 200],
      ['GetOpportunity', 404],
      ['NoSuchOperation', 400],
    ]);
    expect(sim.requests('ListOpportunities')[0]?.body).toEqual({ Catalog: 'AWS', MaxResults: 1 });
    expect(OPERATION_NAMES).toHaveLength(10);
  });

  it.each([
    [400, 'ValidationException', ValidationException],
    [402, 'ServiceQuotaExceededException', ServiceQuotaExceededException],
    [403, 'AccessDeniedException', AccessDeniedException],
    [404, 'ResourceNotFoundException', ResourceNotFoundException],
    [409, 'ConflictException', ConflictException],
    [429, 'ThrottlingException', ThrottlingException],
    [500, 'InternalServerException', InternalServerException],
    [502, 'InternalServerException', InternalServerException],
  ] as const)('an injected %d becomes the SDK’s %s', async (status, name, errorClass) => {
    sim.setFaults([{ operation: 'ListOpportunities', status, times: 1 }]);
    const error = await expectServiceError(list(), name, status);
    expect(error).toBeInstanceOf(errorClass);
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    if (status === 400) expect(error.Reason).toBe('REQUEST_VALIDATION_FAILED');
    await expect(list()).resolves.toBeDefined();
  });

  it('an injected 503 is a server-side ServiceUnavailableException', async () => {
    sim.setFaults([{ status: 503, times: 1 }]);
    const error = await expectServiceError(list(), 'ServiceUnavailableException', 503);
    expect(error).toBeInstanceOf(PartnerCentralSellingServiceException);
    expect(error.$fault).toBe('server');
  });

  it('a malformed 200 body fails in the SDK without touching the data', async () => {
    sim.setFaults([{ operation: 'ListOpportunities', malformedBody: true, times: 1 }]);
    await expect(list()).rejects.toThrow();
    const after = await list();
    expect(after.OpportunitySummaries).toHaveLength(1);
    expect(sim.data.AWS.opportunities).toHaveLength(10);
  });
});
