/*
 * In production a client learns no more of the schema than it asked for: no "Did you mean ...?"
 * suggestions (in validation errors nor in variable errors) and no hint about how introspection
 * could be turned on; `_service { sdl }` still answers, because the router composes from it.
 * Development keeps both suggestions and introspection, which is what they are for there.
 */
import { READ_SCOPE } from '../../src/server/auth/auth.plugin.js';
import { INTROSPECTION_DISABLED_MESSAGE } from '../../src/server/hardening/introspection-message.plugin.js';
import { startTestIssuer, type TestIssuer } from '../support/jwks.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FILTERED = `query($f: OpportunityFilter) { opportunities(first: 1, filter: $f) { nodes { id } } }`;

/** Each a mistake graphql-js answers with a suggestion of the name that was meant. */
// Three entries each: jest takes a test function with more parameters than the row for one
// that waits for `done`.
const MISTAKES: [string, string, Record<string, unknown>][] = [
  ['a field', '{ opportunitie(first: 1) { nodes { id } } }', {}],
  ['an argument', '{ opportunities(frist: 1) { nodes { id } } }', {}],
  ['an enum literal', '{ opportunities(filter: { sources: [LEADSQUARE] }) { nodes { id } } }', {}],
  [
    'an input field literal',
    '{ opportunities(filter: { source: [LEADSQUARED] }) { nodes { id } } }',
    {},
  ],
  ['a type', '{ node(id: "x") { ... on LeadSquaredOpportunit { id } } }', {}],
  ['an enum in a variable', FILTERED, { f: { sources: ['LEADSQUARE'] } }],
  ['an input field in a variable', FILTERED, { f: { source: ['LEADSQUARED'] } }],
];

function messages(body: { errors?: readonly { message: string }[] }): string {
  return (body.errors ?? []).map((error) => error.message).join('\n');
}

describe('production hides schema details', () => {
  let issuer: TestIssuer;
  let t: TestApp;
  let reader: Record<string, string>;
  beforeAll(async () => {
    issuer = await startTestIssuer();
    t = await startTestApp({ NODE_ENV: 'production', ...issuer.env() });
    // Variables are coerced after the token is checked: without one the answer is a 401.
    reader = { authorization: `Bearer ${await issuer.sign({ scope: READ_SCOPE })}` };
  });
  afterAll(async () => {
    await t?.stop();
    await issuer?.stop();
  });

  it.each(MISTAKES)('a mistake in %s gets no suggestion', async (_case, query, variables) => {
    const { body } = await t.graphql(query, variables, reader);
    expect(body.data).toBeUndefined();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(messages(body)).not.toMatch(/did you mean/i);
    // The error still says what is wrong with the client's own document.
    expect(messages(body)).toMatch(/opportunitie|frist|LEADSQUARE|source|LeadSquaredOpportunit/);
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Query") { name } }'],
  ])('refuses %s with a plain message, no hint how to enable it', async (_case, query) => {
    const { status, body } = await t.graphql(query);
    expect(status).toBe(200);
    expect(body).toEqual({
      errors: [
        {
          message: INTROSPECTION_DISABLED_MESSAGE,
          locations: expect.any(Array),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    expect(messages(body)).not.toMatch(/enable|ApolloServer|introspection: true/i);
  });

  it('answers { _service { sdl } } without a token: the router composes from it', async () => {
    const { status, body } = await t.graphql('{ _service { sdl } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const sdl = (body.data as { _service: { sdl: string } })._service.sdl;
    expect(sdl).toContain('type Query');
    expect(sdl).toContain('opportunities(');
  });
});

describe('development keeps suggestions and introspection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.stop());

  it.each(MISTAKES)('a mistake in %s gets its suggestion', async (_case, query, variables) => {
    const { body } = await t.graphql(query, variables);
    expect(messages(body)).toMatch(/did you mean/i);
  });

  it('answers __type', async () => {
    const { body } = await t.graphql('{ __type(name: "Query") { name } }');
    expect(body).toEqual({ data: { __type: { name: 'Query' } } });
  });
});
