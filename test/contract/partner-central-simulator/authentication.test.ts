/**
 * The front end's SigV4 checks (docs/upstreams/partner-central.md#authentication): an unsigned,
 * half-signed or wrongly scoped request is refused with AWS's error shapes before any operation
 * runs, and the real SDK, which signs for the client's region, still passes.
 */
import {
  ListOpportunitiesCommand,
  PartnerCentralSellingServiceException,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import { failureFromSdkError } from '../../../src/sources/partner-central/sdk-failure.js';
import {
  sigV4ShapedHeaders,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import {
  clientFor,
  expectServiceError,
  rawCall,
  startSimulator,
  target,
  type RawResult,
} from './support.js';

const LIST = target('ListOpportunities');
const LIST_BODY = { Catalog: 'AWS', MaxResults: 1 };
/** A key id no answer may repeat. */
const KEY_ID = 'AKIDAUTHTEST7Q2Z9XW4';
const SIGNATURE = 'a'.repeat(64);

/** Expects an AWS front-end error: status, `x-amzn-ErrorType`, qualified `__type`, message. */
function expectFrontEndError(result: RawResult, status: number, type: string): string {
  expect({
    status: result.status,
    errorType: result.headers.get('x-amzn-errortype'),
    type: result.json?.__type,
  }).toEqual({ status, errorType: type, type: `com.amazon.coral.service#${type}` });
  expect(result.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  const message = result.json?.message as string;
  expect(JSON.stringify(result.json)).not.toContain(KEY_ID);
  expect(JSON.stringify(result.json)).not.toContain(SIGNATURE);
  return message;
}

/** An Authorization header of the SigV4 shape with its parts replaced as given. */
function authorization(
  parts: { scope?: string; signedHeaders?: string; signature?: string; algorithm?: string } = {},
): string {
  const scope = parts.scope ?? `${KEY_ID}/${today()}/us-east-1/partnercentral-selling/aws4_request`;
  return (
    `${parts.algorithm ?? 'AWS4-HMAC-SHA256'} Credential=${scope}, ` +
    `SignedHeaders=${parts.signedHeaders ?? 'content-type;host;x-amz-date;x-amz-target'}, ` +
    `Signature=${parts.signature ?? SIGNATURE}`
  );
}

/** One request date for the whole file: the simulator checks the scope against it, not its age. */
const REQUEST_DATE = new Date();
const amzDate = (): string => sigV4ShapedHeaders({ date: REQUEST_DATE })['x-amz-date']!;
const today = (): string => amzDate().slice(0, 8);

/** Rewrites the signed request's headers just before it is sent (after the SDK's signer ran). */
function rewriteSignedRequest(
  client: PartnerCentralSellingClient,
  rewrite: (headers: Record<string, string>) => void,
): void {
  client.middlewareStack.add(
    (next) => (args) => {
      rewrite((args.request as { headers: Record<string, string> }).headers);
      return next(args);
    },
    { step: 'deserialize', name: 'rewriteSignedRequest' },
  );
}

describe('Partner Central simulator: SigV4 authentication', () => {
  let sim: PartnerCentralSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 10, throttling: { scale: 1 } });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  it('refuses a request without an Authorization header: 403 MissingAuthenticationTokenException', async () => {
    const result = await rawCall(sim, LIST, LIST_BODY, { headers: { authorization: undefined } });
    expect(expectFrontEndError(result, 403, 'MissingAuthenticationTokenException')).toBe(
      'Missing Authentication Token',
    );
    const empty = await rawCall(sim, LIST, LIST_BODY, { headers: { authorization: '' } });
    expectFrontEndError(empty, 403, 'MissingAuthenticationTokenException');
    // Logged under its operation, answered before the operation ran.
    expect(sim.requests().map((entry) => [entry.operation, entry.status])).toEqual([
      ['ListOpportunities', 403],
      ['ListOpportunities', 403],
    ]);
  });

  it('spends no quota on refused requests: 20 unsigned ListOpportunities leave its 10/s free', async () => {
    for (let i = 0; i < 20; i += 1) {
      const refused = await rawCall(sim, LIST, LIST_BODY, {
        headers: { authorization: undefined },
      });
      expect(refused.status).toBe(403);
    }
    const signed = await rawCall(sim, LIST, LIST_BODY);
    expect(signed.status).toBe(200);
  });

  it('refuses an unknown target unsigned the same way (authentication comes first)', async () => {
    const result = await rawCall(
      sim,
      target('NoSuchOperation'),
      {},
      {
        headers: { authorization: undefined },
      },
    );
    expectFrontEndError(result, 403, 'MissingAuthenticationTokenException');
  });

  it.each<[string, Record<string, string | undefined>, string[]]>([
    [
      'a bearer token',
      { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' },
      [
        "requires the 'AWS4-HMAC-SHA256' algorithm.",
        "requires 'Credential' parameter.",
        "requires 'Signature' parameter.",
        "requires 'SignedHeaders' parameter.",
      ],
    ],
    [
      'a SigV2 header',
      { authorization: `AWS ${KEY_ID}:c2lnbmF0dXJl` },
      ["requires the 'AWS4-HMAC-SHA256' algorithm.", "requires 'Credential' parameter."],
    ],
    [
      'no Signature',
      { authorization: authorization().replace(/, Signature=.*$/, '') },
      ["Authorization header requires 'Signature' parameter."],
    ],
    [
      'no request date',
      { 'x-amz-date': undefined },
      ["requires existence of either a 'X-Amz-Date' or a 'Date' header."],
    ],
    [
      'an X-Amz-Date not in ISO 8601 basic format',
      { 'x-amz-date': '2026-02-01T00:00:00Z' },
      ["Date must be in ISO-8601 'basic format'. Got '2026-02-01T00:00:00Z'."],
    ],
    [
      'a credential of 4 elements',
      { authorization: authorization({ scope: `${KEY_ID}/${today()}/us-east-1/aws4_request` }) },
      ['Credential must have exactly 5 slash-delimited elements', 'got 4.'],
    ],
    [
      'host not signed',
      { authorization: authorization({ signedHeaders: 'content-type;x-amz-date' }) },
      ["'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."],
    ],
  ])('refuses %s: 400 IncompleteSignatureException', async (_case, headers, fragments) => {
    const result = await rawCall(sim, LIST, LIST_BODY, {
      headers: { authorization: authorization(), 'x-amz-date': amzDate(), ...headers },
    });
    const message = expectFrontEndError(result, 400, 'IncompleteSignatureException');
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('accepts a Date header when there is no X-Amz-Date', async () => {
    const result = await rawCall(sim, LIST, LIST_BODY, {
      headers: {
        authorization: authorization(),
        'x-amz-date': undefined,
        date: REQUEST_DATE.toUTCString(),
      },
    });
    expect(result.status).toBe(200);
  });

  it.each<[string, () => string, string]>([
    [
      'another service',
      () => authorization({ scope: `${KEY_ID}/${today()}/us-east-1/execute-api/aws4_request` }),
      "Credential should be scoped to correct service: 'partnercentral-selling'.",
    ],
    [
      'another region',
      () =>
        authorization({
          scope: `${KEY_ID}/${today()}/eu-west-1/partnercentral-selling/aws4_request`,
        }),
      "Credential should be scoped to a valid region, not 'eu-west-1'.",
    ],
    [
      'another date than X-Amz-Date',
      () =>
        authorization({
          scope: `${KEY_ID}/20250101/us-east-1/partnercentral-selling/aws4_request`,
        }),
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20250101' != '${today()}'.`,
    ],
    [
      'another terminator',
      () =>
        authorization({
          scope: `${KEY_ID}/${today()}/us-east-1/partnercentral-selling/aws4_requests`,
        }),
      "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4_requests'.",
    ],
    [
      'a signature that is not 64 hex digits',
      () => authorization({ signature: 'not-a-signature' }),
      'The request signature we calculated does not match the signature you provided.',
    ],
  ])('refuses a scope for %s: 400 InvalidSignatureException', async (_case, header, text) => {
    const result = await rawCall(sim, LIST, LIST_BODY, {
      headers: { authorization: header(), 'x-amz-date': amzDate() },
    });
    expect(expectFrontEndError(result, 400, 'InvalidSignatureException')).toContain(text);
  });

  it('accepts the SigV4 shape with any key id and any 64-hex signature', async () => {
    const result = await rawCall(sim, LIST, LIST_BODY, {
      headers: { authorization: authorization(), 'x-amz-date': amzDate() },
    });
    expect(result.status).toBe(200);
    expect(sim.requests().map((entry) => entry.status)).toEqual([200]);
  });

  it('answers the control API without a signature', async () => {
    const response = await fetch(new URL('/__simulator/requests', sim.url));
    expect(response.status).toBe(200);
  });
});

describe('Partner Central simulator: the real SDK against the SigV4 checks', () => {
  let sim: PartnerCentralSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 10, region: 'eu-central-1' });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const list = (client: PartnerCentralSellingClient) =>
    client.send(new ListOpportunitiesCommand(LIST_BODY));

  it('passes when the SDK signs for the simulator region', async () => {
    expect(sim.region).toBe('eu-central-1');
    const answer = await list(clientFor(sim));
    expect(answer.OpportunitySummaries).toHaveLength(1);
    expect(sim.requests().map((entry) => entry.status)).toEqual([200]);
  });

  it('is refused when the SDK signs for another region; the client reads it as refused credentials', async () => {
    const error = await expectServiceError(
      list(clientFor(sim, 'us-east-1')),
      'InvalidSignatureException',
      400,
    );
    expect(error.message).toBe("Credential should be scoped to a valid region, not 'us-east-1'.");
    expect(failureFromSdkError(error)).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      upstreamCode: 'InvalidSignatureException',
      retryable: false,
    });
  });

  it('is refused when the signed request loses its Authorization header', async () => {
    const client = clientFor(sim);
    rewriteSignedRequest(client, (headers) => {
      delete headers.authorization;
    });
    const error = await expectServiceError(
      list(client),
      'MissingAuthenticationTokenException',
      403,
    );
    expect(error).toBeInstanceOf(PartnerCentralSellingServiceException);
    expect(error.message).toBe('Missing Authentication Token');
    expect(failureFromSdkError(error)).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      upstreamCode: 'MissingAuthenticationTokenException',
    });
  });

  it('is refused when the signed header is cut to its algorithm', async () => {
    const client = clientFor(sim);
    rewriteSignedRequest(client, (headers) => {
      headers.authorization = 'AWS4-HMAC-SHA256';
    });
    const error = await expectServiceError(list(client), 'IncompleteSignatureException', 400);
    expect(failureFromSdkError(error)).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      upstreamCode: 'IncompleteSignatureException',
    });
  });
});
