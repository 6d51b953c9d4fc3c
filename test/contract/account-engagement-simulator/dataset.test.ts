import {
  createAccountEngagementSimulator,
  DATASET_BASE_DATE,
  FIRST_PROSPECT_ID,
  SIMULATOR_BUSINESS_UNIT_ID,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { call, expectXmlOk, opportunityPath, startSimulator, wireMs } from './support.js';

const YEAR = 365 * 86_400_000;

describe('Account Engagement simulator: seeded data', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = createAccountEngagementSimulator({ records: 200, seed: 7 }).data;
    const b = createAccountEngagementSimulator({ records: 200, seed: 7 }).data;
    const c = createAccountEngagementSimulator({ records: 200, seed: 8 }).data;
    expect(JSON.stringify(a.opportunities)).toBe(JSON.stringify(b.opportunities));
    expect(JSON.stringify(a.prospects)).toBe(JSON.stringify(b.prospects));
    expect(JSON.stringify(a.opportunities)).not.toBe(JSON.stringify(c.opportunities));
  });

  it('has the requested counts, dense rising ids with a few gaps, prospects ≈ records/2', () => {
    const data = createAccountEngagementSimulator({ records: 1_000 }).data;
    expect(data.opportunities).toHaveLength(1_000);
    expect(data.prospects).toHaveLength(500);
    const ids = data.opportunities.map((o) => o.id);
    expect(ids[0]).toBe(1);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0))).toBe(true);
    const last = ids.at(-1) ?? 0;
    expect(last).toBeGreaterThan(1_000);
    expect(last).toBeLessThan(1_150);
    expect(data.prospects[0]?.id).toBe(FIRST_PROSPECT_ID);
    expect(
      createAccountEngagementSimulator({ records: 10, prospects: 3 }).data.prospects,
    ).toHaveLength(3);
  });

  it('spreads created_at over about three years before the base date, with equal values', () => {
    const data = createAccountEngagementSimulator({ records: 1_000 }).data;
    const times = data.opportunities.map((o) => wireMs(o.created_at));
    const base = wireMs(DATASET_BASE_DATE);
    expect(Math.max(...times)).toBeLessThan(base);
    expect(Math.min(...times)).toBeLessThan(base - 2.9 * YEAR);
    expect(new Set(times).size).toBeLessThan(times.length);
    for (const o of data.opportunities) {
      expect(o.updated_at >= o.created_at).toBe(true);
      expect(o.prospectIds.length).toBeGreaterThanOrEqual(1);
      expect(data.campaign(o.campaign_id)).toBeDefined();
      expect(o.probability).toBeGreaterThanOrEqual(0);
      expect(o.probability).toBeLessThanOrEqual(100);
    }
  });

  it('mixes integer and decimal values, statuses and stages', () => {
    const data = createAccountEngagementSimulator({ records: 1_000 }).data;
    const values = data.opportunities.map((o) => o.value);
    expect(values.some((v) => Number.isInteger(v))).toBe(true);
    expect(values.some((v) => !Number.isInteger(v))).toBe(true);
    expect(new Set(data.opportunities.map((o) => o.status))).toEqual(
      new Set(['open', 'won', 'lost']),
    );
    const won = data.opportunities.filter((o) => o.status === 'won');
    expect(won.every((o) => o.probability === 100 && o.closed_at !== null)).toBe(true);
    expect(data.opportunities.some((o) => o.type === null)).toBe(true);
    const p = data.prospects[0];
    expect(p?.email).toMatch(/^[^@]+@[^@]+\.example\.com$/);
    expect([p?.crm_lead_fid, p?.crm_contact_fid].filter((fid) => fid !== null)).toHaveLength(1);
  });

  it('uses an 18-character 0Uv business unit id by default', async () => {
    expect(SIMULATOR_BUSINESS_UNIT_ID).toMatch(/^0Uv[A-Za-z0-9]{15}$/);
    const sim: AccountEngagementSimulator = await startSimulator({ records: 5 });
    try {
      expect(sim.businessUnitId).toBe(SIMULATOR_BUSINESS_UNIT_ID);
      expectXmlOk(await call(sim, opportunityPath('query')));
    } finally {
      await sim.stop();
    }
  });

  it.each([
    [{ records: -1 }, /records/],
    [{ prospects: 0 }, /prospects/],
    [{ maxConcurrent: 0 }, /maxConcurrent/],
    [{ tokenTtlMs: 0 }, /tokenTtlMs/],
    [{ businessUnitId: '001000000000001AAA' }, /businessUnitId/],
    [{ oauth: { clientSecret: '' } }, /clientSecret/],
  ])('rejects bad options %j', (options, message) => {
    expect(() => createAccountEngagementSimulator(options)).toThrow(message);
  });

  it('serves zero opportunities when seeded with none', async () => {
    const sim = await startSimulator({ records: 0 });
    try {
      const rsp = expectXmlOk(await call(sim, opportunityPath('query')));
      expect(rsp.result).toEqual({ total_results: '0' });
    } finally {
      await sim.stop();
    }
  });
});
