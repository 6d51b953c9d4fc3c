/*
 * The status of a request error follows the response's media type (GraphQL over HTTP): 200 with
 * the legacy application/json, 400 with application/graphql-response+json, for Apollo's parse,
 * validation and variable errors. Every refusal with a status of its own keeps it under both:
 * 401, 403, 429, the query limits and the cost budget, and a request that is not well-formed.
 */
import { READ_SCOPE } from '../../src/server/auth/auth.plugin.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * Accept headers and the media type Apollo answers them with: the higher q wins, then the
 * client's order; a bare wildcard gets application/json.
 */
const ACCEPTS: [string, string][] = [
  [JSON_TYPE, JSON_TYPE],
  ['*/*', JSON_TYPE],
  [`${JSON_TYPE}, ${GRAPHQL_RESPONSE}`, JSON_TYPE],
  [`${GRAPHQL_RESPONSE}, ${JSON_TYPE}`, GRAPHQL_RESPONSE],
  [`${GRAPHQL_RESPONSE};q=0.5, ${JSON_TYPE}`, JSON_TYPE],
  [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE],
  [`${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`, GRAPHQL_RESPONSE],
];

/** Apollo's three request errors: a document that does not parse, validate, or coerce. */
const REQUEST_ERRORS: [string, string, string, Record<string, unknown>][] = [
  ['a parse error', '{', 'GRAPHQL_PARSE_FAILED', {}],
  ['a validation error', '{ nope }', 'GRAPHQL_VALIDATION_FAILED', {}],
  [
    'a variable that does not coerce',
    'query($n: Int) { opportunities(first: $n) { nodes { id } } }',
    'BAD_USER_INPUT',
    { n: 'many' },
  ],
];

/** Tight limits, so each refusal takes a small document. */
const LIMITS = {
  MAX_QUERY_DEPTH: '3',
  MAX_QUERY_ALIASES: '2',
  MAX_QUERY_DIRECTIVES: '2',
  MAX_QUERY_TOKENS: '60',
  MAX_QUERY_COST: '50',
};

let issuer: TestIssuer;
let t: TestApp;
let reader: Record<string, string>;
beforeAll(async () => {
  issuer = await startTestIssuer();
  t = await startTestApp({ ...issuer.env(), ...LIMITS });
  reader = { authorization: `Bearer ${await issuer.sign({ scope: READ_SCOPE })}` };
});
afterAll(async () => {
  await t?.stop();
  await issuer?.stop();
});
beforeEach(() => {
  for (const simulator of [t.lsq, t.pc, t.ae]) simulator.clearRequests();
});
const upstreamCalls = () =>
  t.lsq.requests().length + t.pc.requests().length + t.ae.requests().length;

async function post(accept: string, query: string, variables = {}, headers = reader) {
  return t.graphql(query, variables, { accept, ...headers });
}

describe.each(REQUEST_ERRORS)('%s', (_case, query, code, variables) => {
  it.each(ACCEPTS)('Accept %s: answered as %s', async (accept, mediaType) => {
    const { status, body, headers } = await post(accept, query, variables);
    expect(headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect(status).toBe(mediaType === JSON_TYPE ? 200 : 400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(upstreamCalls()).toBe(0);
  });
});

describe.each([JSON_TYPE, GRAPHQL_RESPONSE])(
  'under %s every other refusal keeps its status',
  (accept) => {
    const deep = '{ opportunities { nodes { prospects { id } } } }';
    const ALIASES = 'a: node(id: "1") { id } b: node(id: "2") { id } c: node(id: "3") { id }';
    const SKIPS =
      'node(id: "1") @skip(if: false) { id @skip(if: false) __typename @skip(if: false) }';
    const EXPENSIVE = '{ opportunities(first: 100) { nodes { id } } }';
    // Five entries each: jest takes a test function with more parameters than the row for one
    // that waits for `done`.
    it.each<[string, number, string, string, 'token' | 'no token']>([
      ['no token', 401, 'UNAUTHENTICATED', '{ opportunities { nodes { id } } }', 'no token'],
      ['too deep', 400, 'MAX_DEPTH_LIMIT', deep, 'token'],
      ['too many aliases', 400, 'MAX_ALIASES_LIMIT', `{ ${ALIASES} }`, 'token'],
      ['too many directives', 400, 'MAX_DIRECTIVES_LIMIT', `{ ${SKIPS} }`, 'token'],
      ['too many tokens', 400, 'MAX_TOKENS_LIMIT', `{ ${'__typename '.repeat(70)}}`, 'token'],
      ['too expensive', 400, 'COST_ESTIMATED_TOO_EXPENSIVE', EXPENSIVE, 'token'],
      ['no query at all', 400, 'BAD_REQUEST', '', 'token'],
    ])('%s: %i %s', async (_case, status, code, query, token) => {
      const answer = await post(accept, query, {}, token === 'token' ? reader : {});
      expect({
        status: answer.status,
        codes: answer.body.errors?.map((e) => e.extensions?.code),
      }).toEqual({
        status,
        codes: [code],
      });
      expect(upstreamCalls()).toBe(0);
    });

    it('a mutation without the write scope: 403 FORBIDDEN', async () => {
      const mutation = `mutation { rejectEngagementInvitation(input: { invitationId: "x" }) { id } }`;
      const answer = await post(accept, mutation);
      expect(answer.status).toBe(403);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('a caller over its request rate: 429 RATE_LIMITED', async () => {
      const limited = await startTestApp({ ...issuer.env(), CALLER_REQUESTS_PER_MINUTE: '1' });
      try {
        const headers = { accept, ...reader };
        expect(
          (await limited.graphql('{ __type(name: "Query") { name } }', {}, headers)).status,
        ).toBe(200);
        const refused = await limited.graphql('{ __type(name: "Query") { name } }', {}, headers);
        expect(refused.status).toBe(429);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      } finally {
        await limited.stop();
      }
    });
  },
);

it('field errors beside data stay 200 under both media types', async () => {
  t.lsq.setFaults([{ status: 500 }, { status: 500 }]);
  try {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const answer = await post(
        accept,
        '{ leadSquaredOpportunities(eventCode: 12003, first: 1) { nodes { id } } }',
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ leadSquaredOpportunities: null });
    }
  } finally {
    t.lsq.clearFaults();
  }
});
