/**
 * failureFromSdkError: every way the Partner Central SDK can fail, as the fields the retry loop
 * decides on. Modelled exceptions are built with the SDK's own classes, as its deserializer builds
 * them from `__type` (docs/upstreams/partner-central.md#how-the-sdk-reads-an-error); transport
 * errors are shaped as @smithy/node-http-handler and the retry middleware leave them (`$metadata`
 * without an httpStatusCode).
 */
import {
  AccessDeniedException,
  ConflictException,
  InternalServerException,
  PartnerCentralSellingServiceException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-partnercentral-selling';
import { failureFromSdkError } from '../../../src/sources/partner-central/sdk-failure.js';

const meta = (httpStatusCode?: number) => ({
  ...(httpStatusCode === undefined ? {} : { httpStatusCode }),
  requestId: 'req-1',
  attempts: 1,
  totalRetryDelay: 0,
});

/** An exception the SDK has no class for: it keeps the wire name (`x-amzn-ErrorType`). */
function unmodelled(
  name: string,
  status: number,
  fault: 'client' | 'server' = 'client',
): PartnerCentralSellingServiceException {
  return new PartnerCentralSellingServiceException({
    name,
    $fault: fault,
    $metadata: meta(status),
    message: `${name} happened`,
  });
}

/** What the node handler and the retry middleware leave of a connection failure. */
function transportError(name: string, code?: string, message = 'socket trouble'): Error {
  return Object.assign(new Error(message), {
    name,
    ...(code === undefined ? {} : { code }),
    $metadata: { attempts: 1, totalRetryDelay: 0 },
  });
}

describe('failureFromSdkError: modelled exceptions', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    [
      'ThrottlingException (429) is throttled, retryable, never processed',
      new ThrottlingException({ message: 'Rate exceeded', $metadata: meta(429) }),
      {
        code: 'UPSTREAM_THROTTLED',
        status: 429,
        upstreamCode: 'ThrottlingException',
        retryable: true,
        notProcessed: true,
        message: 'throttled the request: Rate exceeded',
      },
    ],
    [
      'ResourceNotFoundException (404) is NOT_FOUND, final',
      new ResourceNotFoundException({
        message: 'No invitation engi-0000000000000',
        $metadata: meta(404),
      }),
      {
        code: 'NOT_FOUND',
        status: 404,
        upstreamCode: 'ResourceNotFoundException',
        retryable: false,
        notProcessed: true,
        message: 'found no such resource: No invitation engi-0000000000000',
      },
    ],
    [
      'ConflictException (409) is UPSTREAM_REJECTED with its name and message',
      new ConflictException({ message: 'already accepted', $metadata: meta(409) }),
      {
        code: 'UPSTREAM_REJECTED',
        status: 409,
        upstreamCode: 'ConflictException',
        retryable: false,
        notProcessed: true,
        message: 'refused the request (ConflictException): already accepted',
      },
    ],
    [
      'ServiceQuotaExceededException (402) is UPSTREAM_REJECTED, not throttling',
      new ServiceQuotaExceededException({ message: 'too many tasks', $metadata: meta(402) }),
      {
        code: 'UPSTREAM_REJECTED',
        status: 402,
        upstreamCode: 'ServiceQuotaExceededException',
        retryable: false,
        notProcessed: true,
      },
    ],
    [
      'AccessDeniedException (403) is UPSTREAM_AUTH_FAILED, final',
      new AccessDeniedException({ message: 'no access to catalog', $metadata: meta(403) }),
      {
        code: 'UPSTREAM_AUTH_FAILED',
        status: 403,
        upstreamCode: 'AccessDeniedException',
        retryable: false,
        notProcessed: true,
        message: 'denied access: no access to catalog',
      },
    ],
    [
      'InternalServerException (500) is UPSTREAM_UNAVAILABLE, retryable, maybe processed',
      new InternalServerException({ message: 'boom', $metadata: meta(500) }),
      {
        code: 'UPSTREAM_UNAVAILABLE',
        status: 500,
        upstreamCode: 'InternalServerException',
        retryable: true,
        notProcessed: false,
      },
    ],
  ];

  it.each(cases)('%s', (_name, error, expected) => {
    expect(failureFromSdkError(error)).toMatchObject(expected);
  });

  it('ValidationException (400) passes on the message and the fields of its ErrorList', () => {
    const failure = failureFromSdkError(
      new ValidationException({
        message: '2 validation errors detected',
        Message: '2 validation errors detected',
        Reason: 'REQUEST_VALIDATION_FAILED',
        ErrorList: [
          { FieldName: 'Catalog', Message: 'must be AWS or Sandbox', Code: 'INVALID_VALUE' },
          { FieldName: 'Identifier', Message: 'bad pattern', Code: 'INVALID_STRING_FORMAT' },
        ],
        $metadata: meta(400),
      }),
    );
    expect(failure).toMatchObject({
      code: 'UPSTREAM_REJECTED',
      status: 400,
      upstreamCode: 'ValidationException',
      retryable: false,
      notProcessed: true,
    });
    expect(failure.message).toBe(
      'rejected the request: 2 validation errors detected; Catalog: must be AWS or Sandbox; Identifier: bad pattern',
    );
  });

  it('bounds a ValidationException reason: at most 5 fields and 400 characters', () => {
    const failure = failureFromSdkError(
      new ValidationException({
        message: 'many',
        Message: 'many',
        Reason: 'REQUEST_VALIDATION_FAILED',
        ErrorList: Array.from({ length: 8 }, (_, i) => ({
          FieldName: `Field${i}`,
          Message: 'x'.repeat(150),
          Code: 'INVALID_VALUE' as const,
        })),
        $metadata: meta(400),
      }),
    );
    expect(failure.message).not.toContain('Field5');
    expect(failure.message.length).toBeLessThanOrEqual('rejected the request: '.length + 400);
  });

  it('a ValidationException without message or list still says what happened', () => {
    const error = Object.assign(
      new ValidationException({
        message: '',
        Message: '',
        Reason: 'REQUEST_VALIDATION_FAILED',
        $metadata: meta(400),
      }),
      { ErrorList: [{ Code: 'REQUIRED' }] },
    );
    expect(failureFromSdkError(error).message).toBe('rejected the request: request: REQUIRED');
  });
});

describe('failureFromSdkError: names the SDK has no class for', () => {
  const cases: [string, unknown, Record<string, unknown>][] = [
    [
      'a front-end ServiceUnavailableException (503) is unavailable and provably not processed',
      unmodelled('ServiceUnavailableException', 503, 'server'),
      {
        code: 'UPSTREAM_UNAVAILABLE',
        status: 503,
        upstreamCode: 'ServiceUnavailableException',
        retryable: true,
        notProcessed: true,
      },
    ],
    [
      'an unknown 502 is unavailable',
      unmodelled('BadGatewayException', 502, 'server'),
      { code: 'UPSTREAM_UNAVAILABLE', status: 502, retryable: true, notProcessed: false },
    ],
    [
      'an unknown 504 is a timeout',
      unmodelled('GatewayTimeoutException', 504, 'server'),
      { code: 'UPSTREAM_TIMEOUT', status: 504, retryable: true, notProcessed: false },
    ],
    [
      'an unknown 408 is a timeout',
      unmodelled('RequestTimeoutException', 408),
      { code: 'UPSTREAM_TIMEOUT', status: 408, retryable: true },
    ],
    [
      'an unknown 429 is throttling',
      unmodelled('TooManyRequestsException', 429),
      {
        code: 'UPSTREAM_THROTTLED',
        status: 429,
        upstreamCode: 'TooManyRequestsException',
        retryable: true,
        notProcessed: true,
      },
    ],
    [
      'an unknown 403 is an auth failure',
      unmodelled('ForbiddenException', 403),
      { code: 'UPSTREAM_AUTH_FAILED', status: 403, retryable: false, notProcessed: true },
    ],
    [
      'an unknown client 400 is rejected and final',
      unmodelled('UnknownOperationException', 400),
      {
        code: 'UPSTREAM_REJECTED',
        status: 400,
        upstreamCode: 'UnknownOperationException',
        retryable: false,
        notProcessed: true,
        message: 'rejected the request (HTTP 400): UnknownOperationException happened',
      },
    ],
    [
      'an unknown 418 is rejected',
      unmodelled('TeapotException', 418),
      { code: 'UPSTREAM_REJECTED', status: 418, retryable: false },
    ],
  ];

  it.each(cases)('%s', (_name, error, expected) => {
    expect(failureFromSdkError(error)).toMatchObject(expected);
  });
});

describe('failureFromSdkError: credentials', () => {
  it.each([
    ['UnrecognizedClientException', 400],
    ['InvalidSignatureException', 403],
    ['SignatureDoesNotMatch', 403],
    ['ExpiredTokenException', 400],
    ['InvalidClientTokenId', 403],
    ['IncompleteSignature', 400],
    ['IncompleteSignatureException', 400],
    ['MissingAuthenticationToken', 403],
    ['MissingAuthenticationTokenException', 403],
    // A 400 would otherwise read as a rejected request, not as refused credentials.
    ['MissingAuthenticationTokenException', 400],
  ])('%s (%i) is UPSTREAM_AUTH_FAILED and does not echo the message', (name, status) => {
    const error = unmodelled(name, status);
    error.message = 'The security token AKIAEXAMPLE with Signature=abc is invalid';
    const failure = failureFromSdkError(error);
    expect(failure).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      status,
      upstreamCode: name,
      retryable: false,
      notProcessed: true,
      message: `rejected the credentials (HTTP ${status})`,
    });
  });

  it('no credentials found by the default chain (no response) is UPSTREAM_AUTH_FAILED', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
      $metadata: { attempts: 1, totalRetryDelay: 0 },
    });
    expect(failureFromSdkError(error)).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      upstreamCode: 'CredentialsProviderError',
      retryable: false,
      notProcessed: true,
    });
    expect(failureFromSdkError(error).status).toBeUndefined();
  });
});

describe('failureFromSdkError: no response', () => {
  it('AbortError (the attempt budget or request deadline ran out) is a timeout', () => {
    const failure = failureFromSdkError(transportError('AbortError', undefined, 'Request aborted'));
    expect(failure).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      retryable: true,
      notProcessed: false,
    });
    expect(failure.status).toBeUndefined();
    expect(failure.upstreamCode).toBeUndefined();
  });

  it('the handler TimeoutError (socket or request timeout) is a timeout', () => {
    expect(failureFromSdkError(transportError('TimeoutError'))).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      retryable: true,
      notProcessed: false,
    });
    expect(failureFromSdkError(transportError('Error', 'ETIMEDOUT'))).toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
    });
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
    '%s never reached the upstream: unavailable, safe to resend even a write',
    (code) => {
      expect(failureFromSdkError(transportError('Error', code))).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        message: `could not be reached (${code})`,
        retryable: true,
        notProcessed: true,
      });
    },
  );

  // @smithy/node-http-handler renames ECONNRESET and EPIPE errors to TimeoutError
  // (NODEJS_TIMEOUT_ERROR_CODES); they are broken connections, not slow answers.
  it.each(['ECONNRESET', 'EPIPE'])(
    '%s (renamed TimeoutError by the SDK handler) is a connection failure, maybe processed',
    (code) => {
      expect(failureFromSdkError(transportError('TimeoutError', code))).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        message: `could not be reached (${code})`,
        retryable: true,
        notProcessed: false,
      });
    },
  );

  it('any other error without a response is unavailable and maybe processed', () => {
    for (const error of [new Error('weird'), undefined, null, 'text', {}]) {
      expect(failureFromSdkError(error)).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        retryable: true,
        notProcessed: false,
      });
    }
  });

  it('never copies a transport message (it may carry the endpoint URL with its query)', () => {
    const failure = failureFromSdkError(
      transportError('Error', 'ECONNREFUSED', 'connect to http://127.0.0.1:9/?X-Amz-Signature=abc'),
    );
    expect(JSON.stringify(failure)).not.toMatch(/127\.0\.0\.1|Signature/);
  });
});

describe('failureFromSdkError: a 2xx the SDK could not read', () => {
  it.each([200, 201, 204])(
    'status %i with a deserialization error is MALFORMED_RESPONSE',
    (status) => {
      // What the serde middleware throws: the parser's error with $metadata from the response.
      const error = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
        $metadata: meta(status),
      });
      expect(failureFromSdkError(error)).toEqual({
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'sent a malformed response (unreadable body)',
        status,
        upstreamCode: 'MALFORMED_RESPONSE',
        retryable: true,
        notProcessed: false,
      });
    },
  );

  it('a bad timestamp in a 200 is MALFORMED_RESPONSE too, whatever its name', () => {
    const error = Object.assign(new TypeError('Invalid RFC-3339 date-time value'), {
      $metadata: meta(200),
    });
    expect(failureFromSdkError(error)).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamCode: 'MALFORMED_RESPONSE',
    });
  });
});

describe("failureFromSdkError: the answer's Retry-After", () => {
  /** The raw response, kept by the SDK as the hidden `$response` its own retry strategy reads. */
  function withResponse<T extends object>(error: T, headers: Record<string, string>): T {
    Object.defineProperty(error, '$response', {
      value: { statusCode: 429, headers, body: undefined },
      enumerable: false,
    });
    return error;
  }
  const throttled = () =>
    new ThrottlingException({ message: 'Rate exceeded', $metadata: meta(429) });

  it.each([
    ['whole seconds', { 'retry-after': '2' }, 2_000],
    ['any case of the name', { 'Retry-After': '3' }, 3_000],
    ['junk', { 'retry-after': 'soon' }, undefined],
  ])('reads %s', (_label, headers, expected) => {
    expect(failureFromSdkError(withResponse(throttled(), headers)).retryAfterMs).toBe(expected);
  });

  it('reads an HTTP date as the time left until it', () => {
    const at = Date.now() + 30_000;
    const failure = failureFromSdkError(
      withResponse(throttled(), { 'retry-after': new Date(at).toUTCString() }),
    );
    // The date has whole seconds: up to one less than asked, never more.
    expect(failure.retryAfterMs).toBeGreaterThan(28_000);
    expect(failure.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it('keeps the rest of the reading, and adds nothing without the header', () => {
    const failure = failureFromSdkError(
      withResponse(new InternalServerException({ message: 'x', $metadata: meta(503) }), {
        'retry-after': '1',
      }),
    );
    expect(failure).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfterMs: 1_000 });
    expect(failureFromSdkError(throttled())).not.toHaveProperty('retryAfterMs');
    expect(failureFromSdkError(withResponse(throttled(), {}))).not.toHaveProperty('retryAfterMs');
  });
});
