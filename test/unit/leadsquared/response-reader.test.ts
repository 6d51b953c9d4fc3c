import {
  describeLeadSquaredResponse,
  RATE_LIMIT_EXCEPTION,
} from '../../../src/sources/leadsquared/response-reader.js';

const errorBody = (type: string | undefined, message?: string) =>
  JSON.stringify({
    Status: 'Error',
    ...(type === undefined ? {} : { ExceptionType: type }),
    ...(message === undefined ? {} : { ExceptionMessage: message }),
  });

const THROTTLE_BODY = errorBody(
  RATE_LIMIT_EXCEPTION,
  'API calls exceeded the limit of 25 in 5 second(s)',
);

const read = (status: number, body: string) => describeLeadSquaredResponse(status, body, {});

describe('describeLeadSquaredResponse', () => {
  it.each([200, 403, 429])('reads a rate-limit body under HTTP %d as throttling', (status) => {
    expect(read(status, THROTTLE_BODY)).toEqual({
      code: 'UPSTREAM_THROTTLED',
      message: 'rate limit exceeded: API calls exceeded the limit of 25 in 5 second(s)',
      status,
      upstreamCode: RATE_LIMIT_EXCEPTION,
      retryable: true,
      notProcessed: true,
      retryAfterMs: undefined,
    });
  });

  it('reads a rate-limit body without a message as throttling', () => {
    expect(read(200, errorBody(RATE_LIMIT_EXCEPTION))).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      message: 'rate limit exceeded: API calls exceeded the limit',
    });
  });

  it('reads a bare 429 as throttling', () => {
    expect(read(429, '')).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      status: 429,
      upstreamCode: undefined,
      retryable: true,
      notProcessed: true,
    });
  });

  it.each([
    ['a JSON array', '[{"EventCode":"12003","Opportunities":[]}]'],
    ['a JSON object', '{"RecordCount":0,"List":[]}'],
    ['a success status body', '{"Status":"Success","Message":{"Id":"x"}}'],
    ['an empty body', ''],
    ['text that is not JSON', 'hello'],
    ['broken JSON', '{"Status":"Error"'],
  ])('passes a 200 with %s on to the parser', (_label, body) => {
    expect(read(200, body)).toBeNull();
  });

  it('reads an error body under HTTP 200 as a rejection, keeping the real status', () => {
    expect(read(200, errorBody('MXInvalidInputException', 'PageSize must be positive'))).toEqual({
      code: 'UPSTREAM_REJECTED',
      message: 'rejected the request (HTTP 200): PageSize must be positive',
      status: 200,
      upstreamCode: 'MXInvalidInputException',
      retryable: false,
      notProcessed: true,
      retryAfterMs: undefined,
    });
  });

  it.each([
    ['MXInvalidEntityException', 'Lead does not exist'],
    ['MXDuplicateEntryException', 'A record with this email already exists'],
    ['MXInvalidInputException', 'Invalid EventCode'],
  ])('reads %s under HTTP 500 as a rejection with its reason', (type, reason) => {
    expect(read(500, errorBody(type, reason))).toEqual({
      code: 'UPSTREAM_REJECTED',
      message: `rejected the request (HTTP 500): ${reason}`,
      status: 500,
      upstreamCode: type,
      retryable: false,
      notProcessed: true,
      retryAfterMs: undefined,
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body>Internal Server Error</body></html>'],
    ['an unknown exception', errorBody('MXUnknownException', 'Something broke')],
    ['an error body without a type', errorBody(undefined, 'Something broke')],
  ])('reads a plain 500 with %s as unavailable (retryable)', (_label, body) => {
    expect(read(500, body)).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      status: 500,
      retryable: true,
      notProcessed: false,
    });
  });

  it('passes the reason of an unavailable 500 on', () => {
    expect(read(500, errorBody('MXUnknownException', 'Something broke'))).toMatchObject({
      message: 'failed (HTTP 500): Something broke',
      upstreamCode: 'MXUnknownException',
    });
  });

  it('reads 503 as unavailable and not processed', () => {
    expect(read(503, '')).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      notProcessed: true,
    });
  });

  it.each([
    [401, errorBody('MXUnAuthorizedAccessException', 'Invalid access key or secret key')],
    [401, ''],
    [403, errorBody('MXUnAuthorizedAccessException', 'Access denied')],
  ])('reads HTTP %d (not throttling) as auth failure', (status, body) => {
    expect(read(status, body)).toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      message: `credentials were rejected (HTTP ${status})`,
      status,
      retryable: false,
    });
  });

  it('names the exception of an auth failure', () => {
    expect(read(401, errorBody('MXUnAuthorizedAccessException', 'Invalid key'))).toMatchObject({
      upstreamCode: 'MXUnAuthorizedAccessException',
    });
  });

  it.each([
    [400, 'MXInvalidJsonException', 'Unexpected character encountered'],
    [404, 'MXAPINotFoundException', 'The API x could not be found'],
    [405, 'MXMethodNotAllowedException', 'GET is not allowed; use POST'],
  ])('reads HTTP %d %s as a rejection with its reason', (status, type, reason) => {
    expect(read(status, errorBody(type, reason))).toMatchObject({
      code: 'UPSTREAM_REJECTED',
      message: `rejected the request (HTTP ${status}): ${reason}`,
      status,
      upstreamCode: type,
      retryable: false,
    });
  });

  it('cuts a long upstream reason to 300 characters', () => {
    const failure = read(400, errorBody('MXInvalidInputException', `  ${'x'.repeat(1_000)}  `));
    expect(failure?.message).toBe(`rejected the request (HTTP 400): ${'x'.repeat(300)}`);
  });
});
