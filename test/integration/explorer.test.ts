import { EXAMPLE_OPERATION } from '../../src/server/example-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** GET /graphql as a browser's address bar asks for it. */
async function landingPage(t: TestApp): Promise<{ status: number; type: string; html: string }> {
  const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    html: await response.text(),
  };
}

/** Tags that would make the browser fetch from another host: <script src="https://...">, etc. */
const REMOTE_ASSET =
  /<(script|link|img|iframe|source)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i;

/** The example operation as JSON.stringify embeds it in the page's options. */
const EMBEDDED_EXAMPLE = JSON.stringify(EXAMPLE_OPERATION).slice(1, -1);

async function expectNoLandingPage(t: TestApp): Promise<void> {
  const { status, type, html } = await landingPage(t);
  // What Apollo gives without a landing page: the request is an operation, refused as CSRF.
  expect(status).toBe(400);
  expect(type).toMatch(/^application\/json/);
  expect(JSON.parse(html).errors[0].message).toMatch(/CSRF/);
  expect(html).not.toMatch(/sandbox|graphiql/i);
}

describe('GRAPHQL_EXPLORER=graphiql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_EXPLORER: 'graphiql' });
  });
  afterAll(() => t.stop());

  it('serves GraphiQL with the example operation preloaded', async () => {
    const { status, type, html } = await landingPage(t);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain('<title>opportunity-graph GraphiQL</title>');
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL(');
    expect(html).toContain(`"defaultQuery":"${EMBEDDED_EXAMPLE}"`);
    expect(html).toContain('"endpoint":"/graphql"');
  });

  it('loads no script, style, font or icon from another host', async () => {
    const { html } = await landingPage(t);
    expect(html).not.toMatch(REMOTE_ASSET);
    expect(html).not.toMatch(/cdn\.|unpkg\.com|jsdelivr|googleapis/i);
    expect(html).toMatch(/<link rel="icon" href="data:/);
  });

  it('leaves CSRF prevention on for everything but the page', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{__typename}')}`);
    expect(get.status).toBe(400);
    const { status, body } = await t.graphql('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GRAPHQL_EXPLORER=sandbox (the default outside production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it("serves Apollo's embedded Sandbox with the example operation", async () => {
    const { status, type, html } = await landingPage(t);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
    expect(html).toContain('NewestOpportunities');
    expect(html).not.toContain('YogaGraphiQL');
  });
});

describe('GRAPHQL_EXPLORER=off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ GRAPHQL_EXPLORER: 'off' });
  });
  afterAll(() => t.stop());

  it('serves no landing page, even in development', () => expectNoLandingPage(t));
});

describe('the explorer in production', () => {
  it('is off by default', async () => {
    const t = await startTestApp({ NODE_ENV: 'production', AUTH_MODE: 'none' });
    try {
      await expectNoLandingPage(t);
    } finally {
      await t.stop();
    }
  });

  it('is served when asked for explicitly', async () => {
    const t = await startTestApp({
      NODE_ENV: 'production',
      GRAPHQL_EXPLORER: 'graphiql',
      AUTH_MODE: 'none',
    });
    try {
      const { status, html } = await landingPage(t);
      expect(status).toBe(200);
      expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL(');
    } finally {
      await t.stop();
    }
  });
});
