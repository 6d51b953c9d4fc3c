/**
 * What a client sees of errors (docs/errors.md): our own errors and the client's
 * own mistakes keep their message and code; anything unexpected becomes INTERNAL_SERVER_ERROR with
 * a generic message, no stack trace and no `exception` extension, while the log keeps the details
 * under the request id.
 */
import { GraphQLError, locatedError, type GraphQLFormattedError } from 'graphql';
import {
  BadUserInputError,
  UpstreamError,
  type UpstreamErrorDetails,
} from '../../src/core/errors/index.js';
import { createFormatError, INTERNAL_MESSAGE } from '../../src/server/format-error.js';
import { jsonResponse, type SimulatorRequest } from '../../src/core/simulator/index.js';
import type { OpportunityRecord } from '../../src/sources/leadsquared/simulator/index.js';
import { expectNoSecrets, startTestApp, type TestApp } from '../support/test-app.js';

const STACK = ['Error: boom', '    at resolve (/srv/app/src/schema/resolvers/x.ts:1:1)'];

/** What Apollo hands formatError for `error` before we touch it (stack trace included). */
function apolloFormatted(error: GraphQLError, code: string): GraphQLFormattedError {
  return {
    ...error.toJSON(),
    extensions: {
      ...error.extensions,
      code: (error.extensions.code as string | undefined) ?? code,
      stacktrace: STACK,
    },
  };
}

describe('createFormatError', () => {
  const formatError = createFormatError();

  it('masks a plain Error thrown in a resolver: generic message, code only, path kept', () => {
    const error = locatedError(new TypeError('password=hunter2 in /srv/app/db.ts'), undefined, [
      'opportunity',
      'name',
    ]);
    const formatted = formatError(apolloFormatted(error, 'INTERNAL_SERVER_ERROR'), error);
    expect(formatted).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['opportunity', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(INTERNAL_MESSAGE).toBe('Internal server error');
  });

  it('masks a GraphQLError of another library thrown in a resolver, whatever code it claims', () => {
    const error = locatedError(
      new GraphQLError('column secret_x does not exist', {
        extensions: { code: 'BAD_USER_INPUT', exception: { stacktrace: STACK } },
      }),
      undefined,
      ['leadSquaredOpportunities'],
    );
    expect(formatError(apolloFormatted(error, 'INTERNAL_SERVER_ERROR'), error)).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['leadSquaredOpportunities'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes an AppError on with its message and extensions, without the stack trace', () => {
    const bad = new BadUserInputError('first', 'must be from 1 to 100', 500);
    const error = locatedError(bad, undefined, ['leadSquaredOpportunities']);
    expect(formatError(apolloFormatted(error, 'INTERNAL_SERVER_ERROR'), error)).toEqual({
      message: 'Invalid value for "first" (got 500): must be from 1 to 100',
      path: ['leadSquaredOpportunities'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', rule: 'must be from 1 to 100' },
    });

    const details: UpstreamErrorDetails = {
      source: 'LEADSQUARED',
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'LeadSquared failed (HTTP 502)',
      upstreamStatus: 502,
      retryable: true,
    };
    const upstream = locatedError(new UpstreamError(details), undefined, ['opportunity']);
    expect(formatError(apolloFormatted(upstream, 'INTERNAL_SERVER_ERROR'), upstream)).toEqual({
      message: 'LeadSquared failed (HTTP 502)',
      path: ['opportunity'],
      extensions: {
        code: 'UPSTREAM_UNAVAILABLE',
        source: 'LEADSQUARED',
        upstreamStatus: 502,
        retryable: true,
      },
    });
  });

  it('keeps the message and code of a validation error (no path), dropping anything else', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatError(
      {
        ...apolloFormatted(error, 'GRAPHQL_VALIDATION_FAILED'),
        locations: [{ line: 1, column: 3 }],
      },
      error,
    );
    expect(formatted).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('masks an error without a code that is not ours, and never throws', () => {
    const error = new GraphQLError('something odd');
    expect(formatError({ message: 'something odd' }, error)).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const hostile = {
      get message(): string {
        throw new Error('hostile getter');
      },
    } as GraphQLFormattedError;
    expect(formatError(hostile, new Error('x'))).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('error masking over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => {
    t.lsq.clearRequests();
    t.logs.clear();
  });

  const LISTING = `query Listing {
    leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id name } }
  }`;

  it('masks an unexpected resolver failure and logs its details with the request id', async () => {
    // A well-shaped search answer (List + RecordCount) whose row lacks every id column: the
    // body passes the shape check, the mapper then throws a plain Error inside the resolver.
    const definition = t.lsq.definition;
    const handle = definition.handle.bind(definition);
    definition.handle = (req: SimulatorRequest) =>
      definition.operationOf(req) === 'RetrieveOpportunitiesBySearchParameter'
        ? jsonResponse(200, { RecordCount: 1, List: [{ mx_Custom_1: 'No id here' }] })
        : handle(req);
    let response: Awaited<ReturnType<TestApp['graphql']>>;
    try {
      response = await t.graphql(LISTING, {}, { 'x-request-id': 'mask-req-42' });
    } finally {
      definition.handle = handle;
    }

    expect(t.lsq.requests().map((call) => [call.operation, call.status])).toEqual([
      ['RetrieveOpportunitiesBySearchParameter', 200],
    ]);
    expect(response.headers.get('x-request-id')).toBe('mask-req-42');
    expect(response.body.data).toEqual({ leadSquaredOpportunities: null }); // only its own field
    expect(response.body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: expect.any(Array),
        path: ['leadSquaredOpportunities'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(response.text).not.toContain('without an id');
    expect(response.text).not.toMatch(/stacktrace|exception|\.ts:\d+/);
    expectNoSecrets(response.text);

    const lines = t.logs.lines();
    const masked = lines.find((line) => line.msg === 'unexpected error (masked in the response)');
    expect(masked).toMatchObject({
      level: 50,
      requestId: 'mask-req-42',
      path: ['leadSquaredOpportunities'],
      err: {
        name: 'Error',
        message: 'LeadSquared opportunity row without an id',
        stack: expect.stringContaining('mapOpportunity'),
      },
    });
    expect(lines.find((line) => line.msg === 'graphql request')).toMatchObject({
      requestId: 'mask-req-42',
      errorCodes: ['INTERNAL_SERVER_ERROR'],
      upstreamCalls: 1,
    });
    expectNoSecrets(t.logs.text());
  });

  it('keeps the message and code of a GraphQL validation error; no upstream call, nothing logged as unexpected', async () => {
    const query = '{ opportunity(id: "lsq:12003:abc") { id zzzNotAField } }';
    const response = await t.graphql(query);
    // 200: the client accepts any type and gets application/json (GraphQL over HTTP; docs/http.md).
    expect(response.status).toBe(200);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      {
        message: 'Cannot query field "zzzNotAField" on type "Opportunity".',
        locations: [{ line: 1, column: query.indexOf('zzzNotAField') + 1 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(t.lsq.requests()).toEqual([]);
    expect(t.logs.text()).not.toContain('unexpected error');
  });

  it('keeps the message and code of a variable coercion error', async () => {
    const response = await t.graphql(
      'query Page($first: Int) { leadSquaredOpportunities(eventCode: 12003, first: $first) { nodes { id } } }',
      { first: 'many' },
    );
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0]!.message).toMatch(
      /^Variable "\$first" got invalid value "many"/,
    );
    expect(response.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(t.lsq.requests()).toEqual([]);
    expect(t.logs.text()).not.toContain('unexpected error');
  });

  it('passes our own resolver errors on: a malformed id is BAD_USER_INPUT naming the argument, before any call', async () => {
    const response = await t.graphql('{ opportunity(id: "lsq:not-a-code:x") { id } }');
    expect(response.body.data).toEqual({ opportunity: null });
    expect(response.body.errors).toHaveLength(1);
    const [error] = response.body.errors!;
    expect(error!.path).toEqual(['opportunity']);
    expect(error!.message).toContain('"id"');
    expect(error!.message).toContain('lsq:not-a-code:x');
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(error!.extensions).not.toHaveProperty('stacktrace');
    expect(t.lsq.requests()).toEqual([]);
    expect(t.logs.text()).not.toContain('unexpected error');
  });

  it('still answers normally once the upstream behaves', async () => {
    const response = await t.graphql<{
      leadSquaredOpportunities: { nodes: { id: string; name: string | null }[] };
    }>(LISTING);
    expect(response.body.errors).toBeUndefined();
    const names = new Map(
      t.lsq.data.opportunities.map((record: OpportunityRecord) => [
        `lsq:${record.EventCode}:${record.ProspectActivityId.toLowerCase()}`,
        record.mx_Custom_1,
      ]),
    );
    const nodes = response.body.data!.leadSquaredOpportunities.nodes;
    expect(nodes).toHaveLength(2);
    for (const node of nodes) expect(node.name).toBe(names.get(node.id));
    expect(t.lsq.requests()).toHaveLength(1);
  });
});
