import type {
  AccountEngagementSimulator,
  ProspectRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectJsonError,
  expectXmlError,
  expectXmlOk,
  idsOf,
  prospectPath,
  startSimulator,
  wireMs,
  type Version,
} from './support.js';

describe('Account Engagement simulator: prospects (docs/upstreams/account-engagement.md#prospect-operations)', () => {
  let sim: AccountEngagementSimulator;
  let prospects: readonly ProspectRecord[];
  beforeAll(async () => {
    sim = await startSimulator({ records: 600 });
    prospects = sim.data.prospects;
  });
  afterAll(() => sim.stop());

  const xmlProspects = (rsp: Record<string, unknown>): Record<string, unknown>[] =>
    rsp.prospect as Record<string, unknown>[];

  // Each version against a unit that answers it: v4 with shared emails, v3 without.
  describe.each([
    [4, true],
    [3, false],
  ] as const)('read (v%i, shared emails: %s)', (version, sharedEmails) => {
    let unit: AccountEngagementSimulator;
    beforeAll(async () => {
      unit = await startSimulator({ records: 600, sharedEmails });
    });
    afterAll(() => unit.stop());

    it('by id, with the campaign nested', async () => {
      const p = unit.data.prospects[7] as ProspectRecord;
      const [read] = xmlProspects(
        expectXmlOk(await call(unit, prospectPath(`read/id/${p.id}`, version))),
      );
      expect(read).toMatchObject({
        id: String(p.id),
        first_name: p.first_name,
        last_name: p.last_name,
        email: p.email,
        company: p.company,
        created_at: p.created_at,
        campaign: { id: String(p.campaign_id), name: unit.data.campaign(p.campaign_id)?.name },
      });
    });

    it('unknown id → 3', async () => {
      expect(expectXmlError(await call(unit, prospectPath('read/id/12', version)), 3)).toBe(
        'Invalid prospect ID',
      );
    });

    it('unknown email → 4', async () => {
      expect(
        expectXmlError(
          await call(unit, prospectPath('read/email/nobody%40example.com', version)),
          4,
        ),
      ).toBe('Invalid prospect email address');
    });

    it('by an email only one prospect has', async () => {
      const counts = new Map<string, number>();
      for (const p of unit.data.prospects) counts.set(p.email, (counts.get(p.email) ?? 0) + 1);
      const unique = unit.data.prospects.find((p) => counts.get(p.email) === 1) as ProspectRecord;
      const result = await call(
        unit,
        prospectPath(`read/email/${encodeURIComponent(unique.email)}`, version),
        {
          params: { format: 'json' },
        },
      );
      const body = JSON.parse(result.text) as { prospect: Record<string, unknown> };
      expect(Array.isArray(body.prospect)).toBe(false);
      expect(body.prospect.id).toBe(unique.id);
    });

    it('the other version is refused: 88 on the unit with shared emails, 89 without', async () => {
      const other: Version = version === 4 ? 3 : 4;
      const refused = await call(
        unit,
        prospectPath(`read/id/${unit.data.prospects[7]?.id}`, other),
      );
      expect(expectXmlError(refused, version === 4 ? 88 : 89)).toBe(
        version === 4
          ? 'Your account must use version 4 of the API.'
          : 'Your account is unable to use version 4 of the API.',
      );
    });
  });

  it('v4 read by a shared email answers every prospect (a JSON array); v3 is refused (88)', async () => {
    const email = prospects[0]?.email ?? '';
    const sharing = sim.data.prospectsWithEmail(email);
    expect(sharing.length).toBeGreaterThanOrEqual(2);
    const path = (version: Version) =>
      prospectPath(`read/email/${encodeURIComponent(email)}`, version);

    const v4 = JSON.parse((await call(sim, path(4), { params: { format: 'json' } })).text) as {
      prospect: Record<string, unknown>[];
    };
    expect(Array.isArray(v4.prospect)).toBe(true);
    expect(v4.prospect.map((p) => p.id)).toEqual(sharing.map((p) => p.id));
    expect(idsOf(xmlProspects(expectXmlOk(await call(sim, path(4)))) as { id: string }[])).toEqual(
      sharing.map((p) => p.id),
    );
    expectJsonError(await call(sim, path(3), { params: { format: 'json' } }), 88);
  });

  it('v4 reads by Salesforce fid; v3 has no fid path (2)', async () => {
    const p = prospects.find((x) => x.crm_lead_fid !== null) as ProspectRecord;
    const [read] = xmlProspects(
      expectXmlOk(await call(sim, prospectPath(`read/fid/${p.crm_lead_fid}`, 4))),
    );
    expect(read?.id).toBe(String(p.id));
    expectXmlError(await call(sim, prospectPath('read/fid/00Q999999999999AAA', 4)), 3);
    const v3 = await startSimulator({ records: 20, sharedEmails: false });
    try {
      const lead = v3.data.prospects.find((x) => x.crm_lead_fid !== null) as ProspectRecord;
      expectXmlError(await call(v3, prospectPath(`read/fid/${lead.crm_lead_fid}`, 3)), 2);
    } finally {
      await v3.stop();
    }
  });

  describe('query', () => {
    const query = async (params: Record<string, string>) => {
      const rsp = expectXmlOk(await call(sim, prospectPath('query'), { params }));
      const result = rsp.result as { total_results: string; prospect?: { id: string }[] };
      return { total: Number(result.total_results), ids: idsOf(result.prospect ?? []) };
    };

    it('by id window with limit and offset, sorted by id; total_results counts every match', async () => {
      const low = prospects[20]?.id ?? 0;
      const high = prospects[250]?.id ?? 0;
      const expected = prospects.filter((p) => p.id > low && p.id < high).map((p) => p.id);
      expect(expected).toHaveLength(229);
      const walked: number[] = [];
      for (let offset = 0; offset < expected.length; offset += 100) {
        const page = await query({
          id_greater_than: String(low),
          id_less_than: String(high),
          sort_by: 'id',
          limit: '100',
          offset: String(offset),
        });
        expect(page.total).toBe(expected.length);
        walked.push(...page.ids);
      }
      expect(walked).toEqual(expected);
    });

    it('defaults to 200 per page, created_at descending; sort_order flips it', async () => {
      const byCreated = (descending: boolean) =>
        [...prospects]
          .sort((a, b) => {
            const diff = wireMs(a.created_at) - wireMs(b.created_at);
            return diff !== 0 ? (descending ? -diff : diff) : a.id - b.id;
          })
          .map((p) => p.id);
      const page = await query({});
      expect(page.total).toBe(prospects.length);
      expect(page.ids).toEqual(byCreated(true).slice(0, 200));
      expect(
        (await query({ sort_by: 'created_at', sort_order: 'ascending', limit: '50' })).ids,
      ).toEqual(byCreated(false).slice(0, 50));
      expect((await query({ sort_by: 'id', sort_order: 'descending', limit: '5' })).ids).toEqual(
        prospects
          .map((p) => p.id)
          .reverse()
          .slice(0, 5),
      );
    });

    it.each([
      [{ limit: '201' }, 23],
      [{ offset: 'x' }, 21],
      [{ sort_by: 'email' }, 19],
      [{ sort_order: 'sideways' }, 20],
      [{ id_greater_than: '9', id_less_than: '3' }, 17],
      [{ created_after: 'whenever' }, 7],
    ])('%j → %i', async (params, code) => {
      expectXmlError(await call(sim, prospectPath('query'), { params }), code);
    });
  });
});
