import type {
  AccountEngagementSimulator,
  OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectJsonError,
  expectXmlError,
  expectXmlOk,
  ManualClock,
  opportunityPath,
  queryOpportunities,
  startSimulator,
  type Version,
  type XmlOpportunity,
} from './support.js';

const post = (sim: AccountEngagementSimulator, path: string, params: Record<string, string> = {}) =>
  call(sim, path, { method: 'POST', params });

function opportunityOf(rsp: Record<string, unknown>): XmlOpportunity {
  const list = rsp.opportunity as XmlOpportunity[];
  expect(list).toHaveLength(1);
  return list[0] as XmlOpportunity;
}

describe('Account Engagement simulator: opportunity create, read, update, delete, undelete', () => {
  const clock = new ManualClock();
  let sim: AccountEngagementSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ records: 100, now: clock.now });
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const firstLive = (): OpportunityRecord => sim.data.liveOpportunities()[0] as OpportunityRecord;

  describe('read', () => {
    it('answers the opportunity with its campaign and prospects', async () => {
      const record = firstLive();
      const o = opportunityOf(
        expectXmlOk(await call(sim, opportunityPath(`read/id/${record.id}`))),
      );
      expect({ id: o.id, name: o.name, value: o.value, probability: o.probability }).toEqual({
        id: String(record.id),
        name: record.name,
        value: String(record.value),
        probability: String(record.probability),
      });
      expect(o.created_at).toBe(record.created_at);
      expect(o.created_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(o.campaign?.id).toBe(String(record.campaign_id));
    });

    it.each([
      ['unknown id', 'read/id/999999', 35, 'Invalid opportunity ID'],
      ['non-integer id', 'read/id/abc', 16, 'Invalid ID'],
    ])('%s → %i', async (_label, action, code, message) => {
      expect(expectXmlError(await call(sim, opportunityPath(action)), code)).toBe(message);
    });

    it('a seeded deleted opportunity is 35', async () => {
      const deleted = sim.data.opportunities.find((o) => o.deleted);
      expect(deleted).toBeDefined();
      expectXmlError(await call(sim, opportunityPath(`read/id/${deleted?.id}`)), 35);
    });
  });

  // Each version against a unit that answers it: v4 with shared emails, v3 without.
  describe.each([
    [4, true],
    [3, false],
  ] as [Version, boolean][])('create (v%i, shared emails: %s)', (version, sharedEmails) => {
    let unit: AccountEngagementSimulator;
    beforeAll(async () => {
      unit = await startSimulator({ records: 100, now: clock.now, sharedEmails });
    });
    afterAll(() => unit.stop());
    beforeEach(() => unit.reset());
    const prospect = () => unit.data.prospects[5]!;

    it('by prospect email and by prospect id; read returns what was created', async () => {
      const before = unit.data.nextOpportunityId();
      const byEmail = opportunityOf(
        expectXmlOk(
          await post(
            unit,
            opportunityPath(
              `create/prospect_email/${encodeURIComponent(prospect().email)}`,
              version,
            ),
            {
              name: 'Large Customer Opportunity',
              value: '100',
              probability: '70',
            },
          ),
        ),
      );
      expect(byEmail.id).toBe(String(before));
      expect(byEmail).toMatchObject({
        name: 'Large Customer Opportunity',
        value: '100',
        probability: '70',
      });
      expect(byEmail.created_at).toBe('2026-01-15 12:00:00');
      const byId = opportunityOf(
        expectXmlOk(
          await post(unit, opportunityPath(`create/prospect_id/${prospect().id}`, version), {
            name: 'Decimal deal',
            value: '1499.95',
            probability: '0',
            type: 'Upsell',
            stage: 'Negotiation/Review',
            status: 'open',
            closed_at: '2026-03-31',
            campaign_id: String(unit.data.campaigns[3]?.id),
          }),
        ),
      );
      expect(byId).toMatchObject({
        value: '1499.95',
        probability: '0',
        type: 'Upsell',
        closed_at: '2026-03-31 00:00:00',
        campaign: { id: String(unit.data.campaigns[3]?.id), name: unit.data.campaigns[3]?.name },
        prospects: { prospect: [expect.objectContaining({ id: String(prospect().id) })] },
      });
      const read = opportunityOf(
        expectXmlOk(await call(unit, opportunityPath(`read/id/${byId.id}`, version))),
      );
      expect(read).toEqual(byId);
      expect(unit.data.opportunity(Number(byId.id))?.value).toBe(1499.95);
    });

    it('takes the prospect campaign when campaign_id is not sent', async () => {
      const o = opportunityOf(
        expectXmlOk(
          await post(unit, opportunityPath(`create/prospect_id/${prospect().id}`, version), {
            name: 'n',
            value: '1',
            probability: '1',
          }),
        ),
      );
      expect(o.campaign?.id).toBe(String(prospect().campaign_id));
    });

    it.each([
      ['name missing', { value: '1', probability: '1' }, 13],
      ['value empty', { name: 'n', value: '', probability: '1' }, 36],
      ['probability 101', { name: 'n', value: '1', probability: '101' }, 40],
      ['probability -1', { name: 'n', value: '1', probability: '-1' }, 40],
      ['probability 5.5', { name: 'n', value: '1', probability: '5.5' }, 40],
      ['value negative', { name: 'n', value: '-5', probability: '1' }, 42],
      ['value text', { name: 'n', value: 'lots', probability: '1' }, 42],
      ['unknown campaign', { name: 'n', value: '1', probability: '1', campaign_id: '7' }, 38],
      ['bad closed_at', { name: 'n', value: '1', probability: '1', closed_at: 'soonish' }, 7],
    ])('%s → %i', async (_label, params, code) => {
      const count = unit.data.opportunities.length;
      expectXmlError(
        await post(unit, opportunityPath(`create/prospect_id/${prospect().id}`, version), params),
        code,
      );
      expect(unit.data.opportunities).toHaveLength(count);
    });

    it('exact messages of 40, 42 and 44', async () => {
      const path = opportunityPath(`create/prospect_id/${prospect().id}`, version);
      expect(
        expectXmlError(await post(unit, path, { name: 'n', value: '1', probability: '200' }), 40),
      ).toBe('Invalid opportunity probability');
      expect(
        expectXmlError(await post(unit, path, { name: 'n', value: 'x', probability: '2' }), 42),
      ).toBe('Invalid opportunity value');
      const other = unit.data.prospects.find((p) => p.email !== prospect().email);
      const mismatch = await post(unit, path, {
        name: 'n',
        value: '1',
        probability: '2',
        prospect_email: other?.email ?? '',
        format: 'json',
      });
      expect(expectJsonError(mismatch, 44)).toBe(
        'The provided prospect_id and prospect_email parameters do not match',
      );
    });

    it('unknown prospects: 3 by id, 4 by email', async () => {
      const params = { name: 'n', value: '1', probability: '1' };
      expectXmlError(await post(unit, opportunityPath('create/prospect_id/1', version), params), 3);
      expectXmlError(
        await post(
          unit,
          opportunityPath('create/prospect_email/ghost%40nowhere.example.com', version),
          params,
        ),
        4,
      );
    });
  });

  describe('update', () => {
    it('changes only the fields sent; an empty value clears a field', async () => {
      const record = sim.data.liveOpportunities().find((o) => o.type !== null && o.stage !== null)!;
      const original = { ...record };
      clock.advance(60_000);
      try {
        const o = opportunityOf(
          expectXmlOk(
            await post(sim, opportunityPath(`update/id/${record.id}`), {
              name: 'Large Opportunity',
              type: '',
              probability: '35',
            }),
          ),
        );
        expect(o).toMatchObject({
          name: 'Large Opportunity',
          type: '',
          probability: '35',
          value: String(original.value),
          stage: original.stage,
          created_at: original.created_at,
          updated_at: '2026-01-15 12:01:00',
        });
        const json = await call(sim, opportunityPath(`read/id/${record.id}`), {
          params: { format: 'json' },
        });
        const read = (JSON.parse(json.text) as { opportunity: Record<string, unknown> })
          .opportunity;
        expect(read.type).toBeNull();
        expect(read.stage).toBe(original.stage);
        expect(sim.data.opportunity(record.id)?.type).toBeNull();
      } finally {
        clock.advance(-60_000);
      }
    });

    it('re-assigns the campaign', async () => {
      const record = firstLive();
      const campaign = sim.data.campaigns.find((c) => c.id !== record.campaign_id)!;
      const o = opportunityOf(
        expectXmlOk(
          await post(sim, opportunityPath(`update/id/${record.id}`), {
            campaign_id: String(campaign.id),
          }),
        ),
      );
      expect(o.campaign).toEqual({ id: String(campaign.id), name: campaign.name });
    });

    it.each([
      [{ probability: '101' }, 40],
      [{ value: '-1' }, 42],
      [{ name: '' }, 36],
      [{ campaign_id: '' }, 36],
      [{ campaign_id: '42' }, 38],
    ])('%j → %i and nothing changes', async (params, code) => {
      const record = firstLive();
      const before = { ...record };
      expectXmlError(await post(sim, opportunityPath(`update/id/${record.id}`), params), code);
      expect(sim.data.opportunity(record.id)).toEqual(before);
    });

    it('unknown id → 35', async () => {
      expectXmlError(await post(sim, opportunityPath('update/id/999999'), { name: 'x' }), 35);
    });
  });

  describe('delete and undelete', () => {
    it('delete hides the opportunity from read and query; undelete restores it', async () => {
      const record = firstLive();
      const { total } = await queryOpportunities(sim, { limit: '1' });
      const deleted = await call(sim, opportunityPath(`delete/id/${record.id}`), {
        method: 'DELETE',
      });
      expect({ status: deleted.status, body: deleted.text }).toEqual({ status: 204, body: '' });
      expect(sim.data.opportunity(record.id)?.deleted).toBe(true);
      expect(expectXmlError(await call(sim, opportunityPath(`read/id/${record.id}`)), 35)).toBe(
        'Invalid opportunity ID',
      );
      const after = await queryOpportunities(sim, { sort_by: 'id', output: 'mobile' });
      expect(after.total).toBe((total ?? 0) - 1);
      expect(after.opportunities.map((o) => o.id)).not.toContain(String(record.id));
      expectXmlError(
        await call(sim, opportunityPath(`delete/id/${record.id}`), { method: 'DELETE' }),
        35,
      );
      expectXmlError(await post(sim, opportunityPath(`update/id/${record.id}`), { name: 'x' }), 35);

      const undeleted = await post(sim, opportunityPath(`undelete/id/${record.id}`));
      expect({ status: undeleted.status, body: undeleted.text }).toEqual({ status: 204, body: '' });
      expectXmlOk(await call(sim, opportunityPath(`read/id/${record.id}`)));
      expect((await queryOpportunities(sim, { limit: '1' })).total).toBe(total);
    });

    it('delete also takes POST, undelete GET; undelete of an unknown id is 35', async () => {
      const [a] = sim.data.liveOpportunities();
      expect((await post(sim, opportunityPath(`delete/id/${a?.id}`))).status).toBe(204);
      expect(sim.data.opportunity(a!.id)?.deleted).toBe(true);
      expect((await call(sim, opportunityPath(`undelete/id/${a?.id}`))).status).toBe(204);
      expect(sim.data.opportunity(a!.id)?.deleted).toBe(false);
      expectXmlError(await post(sim, opportunityPath('undelete/id/999999')), 35);
    });

    it('undeletes a seeded deleted opportunity', async () => {
      const deleted = sim.data.opportunities.find((o) => o.deleted)!;
      expect((await post(sim, opportunityPath(`undelete/id/${deleted.id}`))).status).toBe(204);
      expectXmlOk(await call(sim, opportunityPath(`read/id/${deleted.id}`)));
    });
  });

  describe('with a Salesforce connector', () => {
    it('refuses every write with 37 and still reads', async () => {
      const connected = await startSimulator({ records: 20, connectorDetected: true });
      try {
        const record = connected.data.liveOpportunities()[0]!;
        const prospect = connected.data.prospects[0]!;
        for (const [path, method] of [
          [`create/prospect_id/${prospect.id}`, 'POST'],
          [`update/id/${record.id}`, 'POST'],
          [`delete/id/${record.id}`, 'DELETE'],
          [`undelete/id/${record.id}`, 'POST'],
        ] as const) {
          const result = await call(connected, opportunityPath(path), {
            method,
            params: { name: 'n', value: '1', probability: '1' },
          });
          expect(expectXmlError(result, 37)).toBe('A Salesforce connector was detected');
        }
        expect(connected.data.opportunity(record.id)?.deleted).toBe(false);
        expectXmlOk(await call(connected, opportunityPath(`read/id/${record.id}`)));
      } finally {
        await connected.stop();
      }
    });
  });
});
