/**
 * Where /metrics answers: on the GraphQL port by default outside production; nowhere in
 * production unless METRICS_ENABLED=true; and with METRICS_PORT only on that port, which answers
 * nothing else.
 */
import { scrapeMetrics } from '../support/metrics-scrape.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PRODUCTION = { NODE_ENV: 'production', AUTH_MODE: 'none' };
const status = async (url: string) => (await fetch(url)).status;

describe('where /metrics answers', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('production without METRICS_ENABLED: 404, while GraphQL answers', async () => {
    t = await startTestApp(PRODUCTION);
    expect(t.app.metricsUrl).toBeUndefined();
    expect(await status(`${t.url}/metrics`)).toBe(404);
    const { body } = await t.graphql(
      '{ leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount } }',
    );
    expect(body.errors).toBeUndefined();
  });

  it('METRICS_ENABLED=false outside production: 404', async () => {
    t = await startTestApp({ METRICS_ENABLED: 'false' });
    expect(t.app.metricsUrl).toBeUndefined();
    expect(await status(`${t.url}/metrics`)).toBe(404);
  });

  it('by default outside production: on the GraphQL port', async () => {
    t = await startTestApp();
    expect(t.app.metricsUrl).toBe(t.url);
    const { families } = await scrapeMetrics(t);
    expect(families.has('opportunity_graph_upstream_requests_total')).toBe(true);
  });

  it('production with METRICS_ENABLED=true and METRICS_PORT: there only, and only /metrics', async () => {
    t = await startTestApp({ ...PRODUCTION, METRICS_ENABLED: 'true', METRICS_PORT: '0' });
    const metricsUrl = t.app.metricsUrl!;
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(metricsUrl).not.toBe(t.url);
    await t.graphql(
      'query Counted { leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount } }',
    );
    const { families } = await scrapeMetrics(t);
    expect(
      families
        .get('opportunity_graph_graphql_operations_total')!
        .samples.map((sample) => sample.labels.operation_name),
    ).toEqual(['Counted']);
    expect(await status(`${t.url}/metrics`)).toBe(404);
    expect(await status(`${metricsUrl}/graphql`)).toBe(404);
    expect(await status(`${metricsUrl}/`)).toBe(404);
    expect((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
