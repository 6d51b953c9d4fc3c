/*
 * ACCOUNT_ENGAGEMENT_API_VERSION against the business unit's own rule, through the server: the
 * demo unit has prospects sharing an email, so like such a unit in production it refuses version
 * 3 (error 88) on every call, reads and writes alike, and the error names the setting; a unit
 * configured without shared emails (ACCOUNT_ENGAGEMENT_SIMULATOR_SHARED_EMAILS=false) serves
 * version 3.
 */
import { startTestApp, type TestApp } from '../support/test-app.js';
import { aeId, apiCalls } from './account-engagement-support.js';

const LISTING = `{ accountEngagementOpportunities(first: 3) { totalCount nodes { id } } }`;
const DELETE = `mutation ($id: ID!) { deleteAccountEngagementOpportunity(id: $id) }`;

describe('ACCOUNT_ENGAGEMENT_API_VERSION=3', () => {
  describe('against the demo business unit (shared emails, version 4 only)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ ACCOUNT_ENGAGEMENT_API_VERSION: '3' });
    });
    afterAll(() => t.stop());
    beforeEach(() => t.ae.clearRequests());

    it('fails the listing with UPSTREAM_REJECTED (error 88) in one call, naming the setting', async () => {
      const { body } = await t.graphql(LISTING);
      expect(body.data).toEqual({ accountEngagementOpportunities: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_REJECTED',
        source: 'ACCOUNT_ENGAGEMENT',
        upstreamCode: '88',
        retryable: false,
      });
      expect(body.errors![0]!.message).toContain('Your account must use version 4 of the API.');
      expect(body.errors![0]!.message).toContain('ACCOUNT_ENGAGEMENT_API_VERSION=4');
      // Not retried: the same call cannot succeed.
      expect(apiCalls(t.ae).map((entry) => [entry.operation, entry.path, entry.status])).toEqual([
        ['opportunity.query', '/api/opportunity/version/3/do/query', 400],
      ]);
    });

    it('fails a delete the same way and deletes nothing', async () => {
      const record = t.ae.data.liveOpportunities()[0]!;
      const { body } = await t.graphql(DELETE, { id: aeId(record.id) });
      expect(body.data).toEqual({ deleteAccountEngagementOpportunity: null });
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_REJECTED',
        upstreamCode: '88',
      });
      expect(apiCalls(t.ae).map((entry) => [entry.operation, entry.method])).toEqual([
        ['opportunity.delete', 'DELETE'],
      ]);
      expect(t.ae.data.opportunity(record.id)?.deleted).toBe(false);
    });
  });

  describe('against a business unit without shared emails', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({
        ACCOUNT_ENGAGEMENT_API_VERSION: '3',
        ACCOUNT_ENGAGEMENT_SIMULATOR_SHARED_EMAILS: 'false',
      });
    });
    afterAll(() => t.stop());
    beforeEach(() => t.ae.clearRequests());

    it('serves the listing on version 3', async () => {
      const { body } = await t.graphql(LISTING);
      expect(body.errors).toBeUndefined();
      const live = t.ae.data.liveOpportunities();
      expect(body.data).toMatchObject({
        accountEngagementOpportunities: { totalCount: live.length },
      });
      expect(apiCalls(t.ae).map((entry) => [entry.path, entry.status])).toEqual([
        ['/api/opportunity/version/3/do/query', 200],
      ]);
      const emails = t.ae.data.prospects.map((p) => p.email);
      expect(new Set(emails).size).toBe(emails.length);
    });

    it('deletes with DELETE on version 3', async () => {
      const record = t.ae.data.liveOpportunities()[1]!;
      const { body } = await t.graphql(DELETE, { id: aeId(record.id) });
      expect(body).toEqual({ data: { deleteAccountEngagementOpportunity: aeId(record.id) } });
      expect(apiCalls(t.ae).map((entry) => [entry.method, entry.path, entry.status])).toEqual([
        ['DELETE', `/api/opportunity/version/3/do/delete/id/${record.id}`, 204],
      ]);
      expect(t.ae.data.opportunity(record.id)?.deleted).toBe(true);
    });
  });
});
