import { PageLeadSquaredOpportunitiesDocument } from '../__generated__/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('server smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('answers a typed query over HTTP with the request id echoed', async () => {
    const { status, body, headers } = await t.graphql(
      PageLeadSquaredOpportunitiesDocument,
      { eventCode: 12003, first: 3 },
      { 'x-request-id': 'smoke-1' },
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toBe('smoke-1');
    expect(body.data?.leadSquaredOpportunities!.edges).toHaveLength(3);
    expect(body.data?.leadSquaredOpportunities!.totalCount).toBe(1000);
  });
});
