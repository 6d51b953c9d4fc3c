import type {
  AccountEngagementSimulator,
  OpportunityRecord,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  call,
  expectJsonError,
  expectXmlOk,
  opportunityPath,
  prospectPath,
  startSimulator,
} from './support.js';

interface JsonRsp {
  '@attributes': { stat: string; version: number };
  result?: { total_results?: number; opportunity?: unknown } | null;
  opportunity?: Record<string, unknown>;
  prospect?: unknown;
}

describe('Account Engagement simulator: format=json (docs/upstreams/account-engagement.md#json)', () => {
  let sim: AccountEngagementSimulator;
  let live: OpportunityRecord[];
  beforeAll(async () => {
    sim = await startSimulator({ records: 300 });
    live = sim.data.liveOpportunities();
  });
  afterAll(() => sim.stop());

  async function json(path: string, params: Record<string, string>): Promise<JsonRsp> {
    const result = await call(sim, path, { params: { ...params, format: 'json' } });
    expect({ status: result.status, type: result.contentType }).toEqual({
      status: 200,
      type: 'application/json',
    });
    return JSON.parse(result.text) as JsonRsp;
  }

  const query = (params: Record<string, string>) => json(opportunityPath('query'), params);

  it('puts stat and the number version 1 in @attributes', async () => {
    const body = await query({ limit: '1' });
    expect(body['@attributes']).toEqual({ stat: 'ok', version: 1 });
  });

  it('0 results: no opportunity key at all', async () => {
    const body = await query({ id_greater_than: '999999' });
    expect(body.result).toEqual({ total_results: 0 });
  });

  it('1 result: opportunity is a bare object', async () => {
    const record = live[10] as OpportunityRecord;
    const body = await query({
      id_greater_than: String(record.id - 1),
      id_less_than: String(record.id + 1),
    });
    expect(body.result?.total_results).toBe(1);
    expect(Array.isArray(body.result?.opportunity)).toBe(false);
    expect(body.result?.opportunity).toMatchObject({ id: record.id, name: record.name });
  });

  it('2 results: opportunity is an array', async () => {
    const body = await query({ sort_by: 'id', limit: '2' });
    expect(body.result?.total_results).toBe(live.length);
    const items = body.result?.opportunity as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    expect(items.map((o) => o.id)).toEqual([live[0]?.id, live[1]?.id]);
  });

  it('numbers are JSON numbers, empty fields null, strings stay strings', async () => {
    const record =
      live.find((o) => o.type === null && o.value % 1 !== 0) ?? live.find((o) => o.type === null);
    expect(record).toBeDefined();
    const body = await json(opportunityPath(`read/id/${record?.id}`), {});
    const o = body.opportunity as Record<string, unknown>;
    expect(o.id).toBe(record?.id);
    expect(o.value).toBe(record?.value);
    expect(o.probability).toBe(record?.probability);
    expect(o.type).toBeNull();
    expect(o.name).toBe(record?.name);
    expect(o.created_at).toBe(record?.created_at);
    expect(o.campaign).toEqual({
      id: record?.campaign_id,
      name: sim.data.campaign(record?.campaign_id ?? 0)?.name,
    });
  });

  it('nested prospects.prospect: one prospect is an object, two are an array', async () => {
    const one = live.find((o) => o.prospectIds.length === 1) as OpportunityRecord;
    const two = live.find((o) => o.prospectIds.length === 2) as OpportunityRecord;
    const single = (await json(opportunityPath(`read/id/${one.id}`), {})).opportunity;
    const prospectsOfOne = single?.prospects as { prospect: Record<string, unknown> };
    expect(Array.isArray(prospectsOfOne.prospect)).toBe(false);
    expect(prospectsOfOne.prospect.id).toBe(one.prospectIds[0]);

    const pair = (await json(opportunityPath(`read/id/${two.id}`), { output: 'simple' }))
      .opportunity;
    const prospectsOfTwo = pair?.prospects as { prospect: Record<string, unknown>[] };
    expect(prospectsOfTwo.prospect.map((p) => p.id)).toEqual(two.prospectIds);
  });

  it('prospect flags are 1 or null', async () => {
    const flagged = sim.data.prospects.find((p) => p.is_starred) ?? sim.data.prospects[0];
    const body = await json(prospectPath(`read/id/${flagged?.id}`), {});
    const prospect = body.prospect as Record<string, unknown>;
    expect(prospect.is_starred).toBe(flagged?.is_starred ? 1 : null);
    expect(prospect.opted_out).toBe(flagged?.opted_out ? 1 : null);
  });

  it('escapes "/" as "\\/" like the PHP encoder, which JSON parsers read back', async () => {
    const record = live.find((o) => o.stage?.includes('/')) as OpportunityRecord;
    expect(record).toBeDefined();
    const result = await call(sim, opportunityPath(`read/id/${record.id}`), {
      params: { format: 'json' },
    });
    expect(result.text).toContain(JSON.stringify(record.stage).replaceAll('/', '\\/'));
    expect((JSON.parse(result.text) as JsonRsp).opportunity?.stage).toBe(record.stage);
  });

  it('bulk output with no results leaves result null', async () => {
    const body = await query({ id_greater_than: '999999', output: 'bulk' });
    expect(body.result).toBeNull();
  });

  it('errors: @attributes with stat fail and err_code, the message in err', async () => {
    const result = await call(sim, opportunityPath('read/id/999999'), {
      params: { format: 'json' },
    });
    expect(expectJsonError(result, 35)).toBe('Invalid opportunity ID');
    expect(JSON.parse(result.text)).toEqual({
      '@attributes': { stat: 'fail', version: 1, err_code: 35 },
      err: 'Invalid opportunity ID',
    });
  });

  it('answers XML for format=xml and by default', async () => {
    for (const params of [{}, { format: 'xml' }] as Record<string, string>[]) {
      const rsp = expectXmlOk(
        await call(sim, opportunityPath('query'), { params: { ...params, limit: '1' } }),
      );
      expect(rsp.result).toBeDefined();
    }
  });

  it('escapes XML special characters in values', async () => {
    const record = live.find((o) => o.name.includes('&')) as OpportunityRecord;
    expect(record).toBeDefined();
    const result = await call(sim, opportunityPath(`read/id/${record.id}`));
    expect(result.text).toContain(`<name>${record.name.replaceAll('&', '&amp;')}</name>`);
    const rsp = expectXmlOk(result);
    expect((rsp.opportunity as { name: string }[])[0]?.name).toBe(record.name);
  });
});
