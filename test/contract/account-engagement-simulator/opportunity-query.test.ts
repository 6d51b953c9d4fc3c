import type {
  AccountEngagementSimulator,
  OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectedOrder,
  expectXmlError,
  idsOf,
  opportunityPath,
  queryOpportunities,
  startSimulator,
  wireMs,
} from './support.js';

describe('Account Engagement simulator: opportunity query (docs/upstreams/account-engagement.md#opportunity-query)', () => {
  let sim: AccountEngagementSimulator;
  let live: OpportunityRecord[];
  beforeAll(async () => {
    sim = await startSimulator({ records: 1_000 });
    live = sim.data.liveOpportunities();
  });
  afterAll(() => sim.stop());

  const matching = (predicate: (o: OpportunityRecord) => boolean): number[] =>
    expectedOrder(live.filter(predicate), 'id', false).map((o) => o.id);

  /** All matches of a query (mobile output lifts the 200 cap), as ids in id order. */
  async function allIds(params: Record<string, string>): Promise<number[]> {
    const { total, opportunities } = await queryOpportunities(sim, {
      ...params,
      output: 'mobile',
      sort_by: 'id',
    });
    expect(total).toBe(opportunities.length);
    return idsOf(opportunities);
  }

  it('seeds deleted opportunities and hides them from the query', async () => {
    const deleted = sim.data.opportunities.filter((o) => o.deleted);
    expect(deleted.length).toBeGreaterThan(0);
    const ids = await allIds({});
    expect(ids).toEqual(matching(() => true));
    for (const record of deleted) expect(ids).not.toContain(record.id);
  });

  it('answers 200 records by default with total_results counting every match', async () => {
    const { total, opportunities } = await queryOpportunities(sim);
    expect(total).toBe(live.length);
    expect(opportunities).toHaveLength(200);
    // Default sort: created_at descending, ties by id ascending.
    expect(idsOf(opportunities)).toEqual(
      expectedOrder(live, 'created_at', true)
        .slice(0, 200)
        .map((o) => o.id),
    );
  });

  describe.each([
    ['created_at', true],
    ['id', false],
    ['probability', true],
    ['value', true],
  ] as const)('sort_by=%s', (field, defaultDescending) => {
    it.each([
      ['default order', undefined, defaultDescending],
      ['ascending', 'ascending', false],
      ['descending', 'descending', true],
    ] as const)('%s', async (_label, sortOrder, descending) => {
      const params: Record<string, string> = { sort_by: field, output: 'mobile' };
      if (sortOrder !== undefined) params.sort_order = sortOrder;
      const { opportunities } = await queryOpportunities(sim, params);
      expect(idsOf(opportunities)).toEqual(expectedOrder(live, field, descending).map((o) => o.id));
    });
  });

  it('has created_at ties in the seed, broken by id ascending in both directions', async () => {
    const counts = new Map<string, number>();
    for (const o of live) counts.set(o.created_at, (counts.get(o.created_at) ?? 0) + 1);
    const tied = [...counts].filter(([, count]) => count > 1).map(([at]) => at);
    expect(tied.length).toBeGreaterThan(0);
    for (const order of ['ascending', 'descending']) {
      const { opportunities } = await queryOpportunities(sim, {
        sort_by: 'created_at',
        sort_order: order,
        output: 'mobile',
      });
      const ofTie = opportunities.filter((o) => o.created_at === tied[0]);
      expect(idsOf(ofTie)).toEqual([...idsOf(ofTie)].sort((a, b) => a - b));
      expect(ofTie.length).toBeGreaterThan(1);
    }
  });

  it('walks every record exactly once with limit and offset', async () => {
    const seen: number[] = [];
    for (let offset = 0; ; offset += 77) {
      const { total, opportunities } = await queryOpportunities(sim, {
        sort_by: 'value',
        limit: '77',
        offset: String(offset),
        output: 'simple',
      });
      expect(total).toBe(live.length);
      if (opportunities.length === 0) break;
      expect(opportunities.length).toBeLessThanOrEqual(77);
      seen.push(...idsOf(opportunities));
    }
    expect(seen).toHaveLength(live.length);
    expect(new Set(seen).size).toBe(live.length);
    expect(seen).toEqual(expectedOrder(live, 'value', true).map((o) => o.id));
  });

  it('filters by id window (strict)', async () => {
    const [low, high] = [live[100]?.id ?? 0, live[180]?.id ?? 0];
    expect(await allIds({ id_greater_than: String(low), id_less_than: String(high) })).toEqual(
      matching((o) => o.id > low && o.id < high),
    );
    expect(await allIds({ id_greater_than: String(low), id_less_than: String(high) })).toHaveLength(
      79,
    );
  });

  it('filters by probability and value windows (strict)', async () => {
    const byProbability = await allIds({
      probability_greater_than: '10',
      probability_less_than: '90',
    });
    expect(byProbability).toEqual(matching((o) => o.probability > 10 && o.probability < 90));
    expect(byProbability.length).toBeGreaterThan(0);
    // Boundaries are exclusive: some records sit exactly on 10 and 90.
    expect(live.some((o) => o.probability === 10 || o.probability === 90)).toBe(true);

    const byValue = await allIds({ value_greater_than: '5000', value_less_than: '50000' });
    expect(byValue).toEqual(matching((o) => o.value > 5000 && o.value < 50_000));
    expect(live.some((o) => o.value === 5000 || o.value === 50_000)).toBe(true);
    expect(await allIds({ value_greater_than: '1000.5' })).toEqual(
      matching((o) => o.value > 1000.5),
    );
  });

  it('filters by created_at with custom times (strict) in several GNU date forms', async () => {
    const pivot = live[400]?.created_at ?? '';
    const pivotMs = wireMs(pivot);
    const after = matching((o) => wireMs(o.created_at) > pivotMs);
    expect(await allIds({ created_after: pivot })).toEqual(after);
    expect(await allIds({ created_before: pivot })).toEqual(
      matching((o) => wireMs(o.created_at) < pivotMs),
    );
    expect(after).not.toContain(live[400]?.id);

    const day = Date.UTC(2024, 5, 1);
    const expected = matching((o) => wireMs(o.created_at) > day);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(live.length);
    for (const form of [
      '2024-06-01',
      '2024-06-01 00:00:00',
      '2024-06-01T00:00:00Z',
      '2024-06-01 02:00:00 +02:00',
      '06/01/2024',
      '1 June 2024',
      'Jun 1, 2024',
      '@1717200000',
    ]) {
      expect({ form, ids: await allIds({ created_after: form }) }).toEqual({ form, ids: expected });
    }
  });

  it('filters by prospect_id and prospect_email; both must agree (44)', async () => {
    const withTwo = live.find((o) => o.prospectIds.length >= 2) as OpportunityRecord;
    const prospectId = withTwo.prospectIds[1] as number;
    const prospect = sim.data.prospect(prospectId);
    const expected = matching((o) => o.prospectIds.includes(prospectId));
    expect(expected).toContain(withTwo.id);
    expect(await allIds({ prospect_id: String(prospectId) })).toEqual(expected);
    expect(
      await allIds({ prospect_id: String(prospectId), prospect_email: prospect?.email ?? '' }),
    ).toEqual(expected);

    const other = sim.data.prospects.find((p) => p.email !== prospect?.email);
    const mismatch = await call(sim, opportunityPath('query'), {
      params: { prospect_id: String(prospectId), prospect_email: other?.email ?? '' },
    });
    expect(expectXmlError(mismatch, 44)).toBe(
      'The provided prospect_id and prospect_email parameters do not match',
    );
  });

  it('prospect_email covers every prospect with the address; v3 is refused (88)', async () => {
    const [first, , third] = sim.data.prospects;
    expect(third?.email).toBe(first?.email);
    const email = first?.email ?? '';
    const sharing = new Set(sim.data.prospectsWithEmail(email).map((p) => p.id));
    const v4 = await queryOpportunities(sim, { prospect_email: email, output: 'mobile' }, 4);
    expect(v4.total).toBe(live.filter((o) => o.prospectIds.some((id) => sharing.has(id))).length);
    const v3 = await call(sim, opportunityPath('query', 3), { params: { prospect_email: email } });
    expect(expectXmlError(v3, 88)).toBe('Your account must use version 4 of the API.');
  });

  it('combines filters', async () => {
    const ids = await allIds({
      id_greater_than: '100',
      probability_greater_than: '40',
      value_less_than: '60000',
      created_before: '2025-06-01',
    });
    expect(ids).toEqual(
      matching(
        (o) =>
          o.id > 100 &&
          o.probability > 40 &&
          o.value < 60_000 &&
          wireMs(o.created_at) < Date.UTC(2025, 5, 1),
      ),
    );
    expect(ids.length).toBeGreaterThan(0);
  });

  describe('output modes', () => {
    it('full nests the campaign and complete prospects', async () => {
      const { opportunities } = await queryOpportunities(sim, { sort_by: 'id', limit: '5' });
      const first = opportunities[0];
      const record = live[0] as OpportunityRecord;
      expect(first?.campaign).toEqual({
        id: String(record.campaign_id),
        name: sim.data.campaign(record.campaign_id)?.name,
      });
      const prospect = (first?.prospects as { prospect: Record<string, string>[] }).prospect[0];
      expect(prospect?.id).toBe(String(record.prospectIds[0]));
      expect(prospect).toHaveProperty('score');
      expect(prospect).toHaveProperty('crm_contact_fid');
    });

    it('simple nests the campaign and prospect summaries', async () => {
      const { opportunities } = await queryOpportunities(sim, {
        sort_by: 'id',
        limit: '5',
        output: 'simple',
      });
      const prospect = (opportunities[0]?.prospects as { prospect: Record<string, string>[] })
        .prospect[0];
      expect(Object.keys(prospect ?? {})).toEqual([
        'id',
        'first_name',
        'last_name',
        'email',
        'company',
      ]);
      expect(opportunities[0]?.campaign).toBeDefined();
    });

    it('mobile gives own fields only and lifts the 200 cap', async () => {
      const { total, opportunities } = await queryOpportunities(sim, { output: 'mobile' });
      expect(total).toBe(live.length);
      expect(opportunities).toHaveLength(live.length);
      expect(live.length).toBeGreaterThan(200);
      expect(Object.keys(opportunities[0] ?? {})).toEqual([
        'id',
        'name',
        'value',
        'probability',
        'type',
        'stage',
        'status',
        'closed_at',
        'created_at',
        'updated_at',
      ]);
      const limited = await queryOpportunities(sim, { output: 'mobile', limit: '500' });
      expect(limited.opportunities).toHaveLength(500);
    });

    it('bulk gives own fields and no total_results', async () => {
      const { total, opportunities } = await queryOpportunities(sim, {
        output: 'bulk',
        limit: '3',
      });
      expect(total).toBeUndefined();
      expect(opportunities).toHaveLength(3);
      expect(opportunities[0]?.campaign).toBeUndefined();
    });
  });

  it('serves the same answers on a v3 unit, GET or POST, query string or form body', async () => {
    const params = {
      sort_by: 'probability',
      limit: '20',
      offset: '7',
      probability_less_than: '80',
      output: 'simple',
    };
    const reference = await queryOpportunities(sim, params, 4);
    expect(reference.opportunities).toHaveLength(20);
    // A unit without shared emails: the same records but for the emails, served on v3.
    const v3 = await startSimulator({ records: 1_000, sharedEmails: false });
    try {
      const withoutEmails = ({ opportunities }: typeof reference) =>
        JSON.stringify(opportunities).replace(/"email":"[^"]*"/g, '');
      expect(withoutEmails(await queryOpportunities(v3, params, 3))).toBe(withoutEmails(reference));
    } finally {
      await v3.stop();
    }
    for (const [method, paramsIn] of [
      ['POST', 'body'],
      ['POST', 'query'],
      ['GET', 'query'],
    ] as const) {
      const result = await call(sim, opportunityPath('query', 4), { method, params, paramsIn });
      expect(result.status).toBe(200);
      expect(result.text).toContain(`<total_results>${reference.total}</total_results>`);
    }
  });

  describe('errors', () => {
    it.each([
      [{ sort_by: 'name' }, 19, 'Invalid value specified for sort_by'],
      [{ sort_order: 'up' }, 20, 'Invalid value specified for sort_order'],
      [{ limit: '201' }, 23, 'Invalid value specified for limit'],
      [{ limit: '0' }, 23, 'Invalid value specified for limit'],
      [{ limit: 'ten' }, 23, 'Invalid value specified for limit'],
      [{ offset: '-1' }, 21, 'Invalid value specified for offset'],
      [{ id_greater_than: 'abc' }, 16, 'Invalid ID'],
      [{ id_greater_than: '50', id_less_than: '10' }, 17, 'Invalid ID range'],
      [{ probability_greater_than: '101' }, 41, 'Invalid probability range specified'],
      [
        { probability_greater_than: '60', probability_less_than: '20' },
        41,
        'Invalid probability range specified',
      ],
      [{ value_less_than: 'lots' }, 43, 'Invalid opportunity value range specified'],
      [
        { value_greater_than: '9', value_less_than: '1' },
        43,
        'Invalid opportunity value range specified',
      ],
      [{ created_after: 'next tuesday-ish' }, 7, 'Invalid timestamp'],
      [{ created_after: '2019-12-31 24:59:59' }, 7, 'Invalid timestamp'],
      [{ created_before: '2019-02-30' }, 7, 'Invalid timestamp'],
      [{ created_after: '2025-01-02', created_before: '2025-01-01' }, 8, 'Invalid time range'],
      [{ prospect_id: '1' }, 3, 'Invalid prospect ID'],
      [{ prospect_email: 'nobody@nowhere.example.com' }, 4, 'Invalid prospect email address'],
      [{ output: 'everything' }, 5, 'Invalid query parameters'],
    ])('%j → %i', async (params, code, message) => {
      const result = await call(sim, opportunityPath('query'), { params });
      expect(expectXmlError(result, code)).toBe(message);
    });
  });
});
