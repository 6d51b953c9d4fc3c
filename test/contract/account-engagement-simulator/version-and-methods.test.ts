/*
 * The two production refusals a deployment meets first (docs/upstreams/account-engagement.md
 * #versions-3-and-4, #http-methods): a business unit answers one API version only (88 for version
 * 3 where prospects may share an email, 89 for version 4 where they may not), and a delete
 * requested with GET is error 60 and deletes nothing. Each refusal is checked in both envelopes,
 * in the request log and in the records.
 */
import type { AccountEngagementSimulator } from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectJsonError,
  expectXmlError,
  expectXmlOk,
  opportunityPath,
  prospectPath,
  queryOpportunities,
  startSimulator,
  type Version,
} from './support.js';

const MUST_USE_4 = 'Your account must use version 4 of the API.';
const UNABLE_TO_USE_4 = 'Your account is unable to use version 4 of the API.';

/** One call of every served operation, with the method its documentation names. */
function everyOperation(sim: AccountEngagementSimulator, version: Version) {
  const opportunity = sim.data.liveOpportunities()[0]!;
  const prospect = sim.data.prospects[0]!;
  const write = { name: 'n', value: '1', probability: '1' };
  return [
    { path: opportunityPath('query', version), method: 'GET' },
    { path: opportunityPath(`read/id/${opportunity.id}`, version), method: 'GET' },
    {
      path: opportunityPath(`create/prospect_id/${prospect.id}`, version),
      method: 'POST',
      params: write,
    },
    {
      path: opportunityPath(`update/id/${opportunity.id}`, version),
      method: 'POST',
      params: { name: 'renamed' },
    },
    { path: opportunityPath(`delete/id/${opportunity.id}`, version), method: 'DELETE' },
    { path: opportunityPath(`undelete/id/${opportunity.id}`, version), method: 'POST' },
    { path: prospectPath(`read/id/${prospect.id}`, version), method: 'GET' },
    { path: prospectPath('query', version), method: 'GET' },
  ];
}

/** What the writes could have changed: the opportunities as they stand. */
const snapshot = (sim: AccountEngagementSimulator): string =>
  JSON.stringify(sim.data.opportunities);

describe('Account Engagement simulator: the business unit API version and the methods per operation', () => {
  describe('the demo business unit (prospects share emails)', () => {
    let sim: AccountEngagementSimulator;
    beforeAll(async () => {
      sim = await startSimulator({ records: 200 });
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.reset());

    it('has prospects sharing an email and serves version 4', async () => {
      const [first, , third] = sim.data.prospects;
      expect(third!.email).toBe(first!.email);
      expect(sim.apiVersion).toBe(4);
      expect(sim.businessUnitId).toBe('0Uv000000000001AAA');
      const shared = await queryOpportunities(sim, { prospect_email: first!.email }, 4);
      expect(shared.total).toBeGreaterThan(0);
    });

    it('answers every version 3 operation with error 88, changes nothing and counts no call', async () => {
      const before = snapshot(sim);
      sim.clearRequests();
      const calls = everyOperation(sim, 3);
      for (const { path, method, params } of calls) {
        const xml = await call(sim, path, { method, params: params ?? {} });
        expect(expectXmlError(xml, 88)).toBe(MUST_USE_4);
        const json = await call(sim, path, { method, params: { ...params, format: 'json' } });
        expect(expectJsonError(json, 88)).toBe(MUST_USE_4);
      }
      expect(snapshot(sim)).toBe(before);
      expect(sim.apiCallsToday).toBe(0);
      const log = sim.requests();
      expect(log).toHaveLength(calls.length * 2);
      expect(new Set(log.map((entry) => entry.status))).toEqual(new Set([400]));
      expect(log.every((entry) => entry.path.includes('/version/3/'))).toBe(true);
    });

    it('checks the token before the version (184), and the action after it', async () => {
      expectXmlError(await call(sim, opportunityPath('query', 3), { token: null }), 184, 401);
      expectXmlError(await call(sim, opportunityPath('list', 3)), 2);
    });
  });

  describe('a business unit without shared emails (sharedEmails: false)', () => {
    let sim: AccountEngagementSimulator;
    beforeAll(async () => {
      sim = await startSimulator({ records: 200, sharedEmails: false });
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.reset());

    it('gives every prospect its own email, the same records otherwise', async () => {
      const demo = await startSimulator({ records: 200 });
      try {
        const emails = sim.data.prospects.map((p) => p.email);
        expect(new Set(emails).size).toBe(emails.length);
        const withoutEmail = (s: AccountEngagementSimulator) =>
          s.data.prospects.map(({ email: _email, ...rest }) => rest);
        expect(withoutEmail(sim)).toEqual(withoutEmail(demo));
        expect(sim.data.opportunities).toEqual(demo.data.opportunities);
      } finally {
        await demo.stop();
      }
    });

    it('serves version 3: every operation answers, the writes are made', async () => {
      sim.clearRequests();
      const opportunity = sim.data.liveOpportunities()[0]!;
      const count = sim.data.opportunities.length;
      const answers = [];
      for (const { path, method, params } of everyOperation(sim, 3)) {
        answers.push((await call(sim, path, { method, params: params ?? {} })).status);
      }
      expect(answers).toEqual([200, 200, 200, 200, 204, 204, 200, 200]);
      expect(sim.data.opportunities).toHaveLength(count + 1);
      expect(sim.data.opportunity(opportunity.id)).toMatchObject({
        name: 'renamed',
        deleted: false,
      });
      expect(sim.requests().map((entry) => entry.status)).toEqual(answers);
      expect(sim.apiVersion).toBe(3);
    });

    it('an email names one prospect on version 3', async () => {
      const p = sim.data.prospects[2]!;
      const rsp = expectXmlOk(
        await call(sim, prospectPath(`read/email/${encodeURIComponent(p.email)}`, 3)),
      );
      expect((rsp.prospect as { id: string }[]).map((x) => Number(x.id))).toEqual([p.id]);
    });

    it('answers every version 4 operation with error 89 and changes nothing', async () => {
      const before = snapshot(sim);
      for (const { path, method, params } of everyOperation(sim, 4)) {
        const xml = await call(sim, path, { method, params: params ?? {} });
        expect(expectXmlError(xml, 89)).toBe(UNABLE_TO_USE_4);
        const json = await call(sim, path, { method, params: { ...params, format: 'json' } });
        expect(expectJsonError(json, 89)).toBe(UNABLE_TO_USE_4);
      }
      expect(snapshot(sim)).toBe(before);
    });
  });

  describe('a delete requested with GET', () => {
    let sim: AccountEngagementSimulator;
    beforeAll(async () => {
      sim = await startSimulator({ records: 50 });
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.reset());

    it('is error 60 (HTTP 405, Allow: POST, DELETE) in both formats and deletes nothing', async () => {
      const record = sim.data.liveOpportunities()[0]!;
      const before = snapshot(sim);
      const { total } = await queryOpportunities(sim, { limit: '1' });
      sim.clearRequests();
      const path = opportunityPath(`delete/id/${record.id}`);
      const xml = await call(sim, path);
      expect(expectXmlError(xml, 60, 405)).toBe('Invalid HTTP request method');
      expect(xml.allow).toBe('POST, DELETE');
      const json = await call(sim, path, { params: { format: 'json' } });
      expect(expectJsonError(json, 60, 405)).toBe('Invalid HTTP request method');
      expect(json.allow).toBe('POST, DELETE');

      expect(sim.requests().map((entry) => [entry.method, entry.operation, entry.status])).toEqual([
        ['GET', 'opportunity.delete', 405],
        ['GET', 'opportunity.delete', 405],
      ]);
      expect(snapshot(sim)).toBe(before);
      expect(sim.data.opportunity(record.id)?.deleted).toBe(false);
      expectXmlOk(await call(sim, opportunityPath(`read/id/${record.id}`)));
      expect((await queryOpportunities(sim, { limit: '1' })).total).toBe(total);
    });

    it('is refused on a unit that serves version 3 too; DELETE and POST still delete', async () => {
      const v3 = await startSimulator({ records: 20, sharedEmails: false });
      try {
        const [a, b] = v3.data.liveOpportunities();
        expectXmlError(await call(v3, opportunityPath(`delete/id/${a!.id}`, 3)), 60, 405);
        expect(v3.data.opportunity(a!.id)?.deleted).toBe(false);
        const byDelete = await call(v3, opportunityPath(`delete/id/${a!.id}`, 3), {
          method: 'DELETE',
        });
        const byPost = await call(v3, opportunityPath(`delete/id/${b!.id}`, 3), { method: 'POST' });
        expect([byDelete.status, byPost.status]).toEqual([204, 204]);
        expect([a, b].map((o) => v3.data.opportunity(o!.id)?.deleted)).toEqual([true, true]);
      } finally {
        await v3.stop();
      }
    });

    it('other operations refuse PUT, PATCH and DELETE with their own Allow', async () => {
      const record = sim.data.liveOpportunities()[0]!;
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const refused = await call(sim, opportunityPath(`update/id/${record.id}`), {
          method,
          params: { name: 'x' },
        });
        expectXmlError(refused, 60, 405);
        expect(refused.allow).toBe('GET, POST');
      }
      expect(sim.data.opportunity(record.id)?.name).toBe(record.name);
    });
  });
});
