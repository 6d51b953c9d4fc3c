/**
 * ListOpportunities and GetOpportunity through the real SDK
 * (docs/upstreams/partner-central.md#listopportunities and #getopportunity): full pagination per
 * catalog, every filter and sort, the summary shape.
 */
import {
  GetOpportunityCommand,
  ListOpportunitiesCommand,
  paginateListOpportunities,
  type ListOpportunitiesCommandInput,
  type OpportunitySummary,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import {
  CATALOGS,
  opportunitySummary,
  type OpportunityRecord,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectedOrder, expectServiceError, startSimulator } from './support.js';

type Filters = Omit<ListOpportunitiesCommandInput, 'Catalog' | 'MaxResults' | 'NextToken'>;

describe('Partner Central simulator: ListOpportunities / GetOpportunity', () => {
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator();
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());

  async function listAll(
    input: Filters & { Catalog?: string },
    pageSize = 100,
  ): Promise<OpportunitySummary[]> {
    const summaries: OpportunitySummary[] = [];
    const pages = paginateListOpportunities({ client, pageSize }, { Catalog: 'AWS', ...input });
    for await (const page of pages) summaries.push(...(page.OpportunitySummaries ?? []));
    return summaries;
  }

  const ids = (items: readonly { Id?: string }[]) => items.map((item) => item.Id);
  const aws = () => sim.data.AWS.opportunities;
  const byDefault = (records: readonly OpportunityRecord[]) =>
    expectedOrder(
      records,
      (r) => Date.parse(r.LastModifiedDate),
      true,
      (r) => r.Id,
    );

  it.each(CATALOGS)(
    'walks catalog %s to the end: every record once, in default order',
    async (catalog) => {
      const summaries = await listAll({ Catalog: catalog });
      expect(summaries).toHaveLength(1_000);
      expect(new Set(ids(summaries)).size).toBe(1_000);
      expect(summaries.every((summary) => summary.Catalog === catalog)).toBe(true);
      expect(ids(summaries)).toEqual(ids(byDefault(sim.data[catalog].opportunities)));
    },
  );

  it('pages 20 by default and omits NextToken on the last page', async () => {
    const first = await client.send(new ListOpportunitiesCommand({ Catalog: 'AWS' }));
    expect(first.OpportunitySummaries).toHaveLength(20);
    expect(typeof first.NextToken).toBe('string');
    const last = await client.send(
      new ListOpportunitiesCommand({ Catalog: 'AWS', Identifier: [aws()[0]?.Id ?? ''] }),
    );
    expect(last.OpportunitySummaries).toHaveLength(1);
    expect(last).not.toHaveProperty('NextToken');
  });

  it('returns the OpportunitySummary projection of the stored record, timestamps as Dates', async () => {
    const [summary] =
      (await client.send(new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 1 })))
        .OpportunitySummaries ?? [];
    const record = sim.data.AWS.opportunity(summary?.Id ?? '');
    expect(record).toBeDefined();
    expect(summary?.LastModifiedDate).toBeInstanceOf(Date);
    const revived = JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
    expect(revived).toEqual(
      JSON.parse(JSON.stringify(opportunitySummary(record as OpportunityRecord))),
    );
    expect(summary).not.toHaveProperty('Marketing');
  });

  it('filters by Identifier (exact ids; unknown ones are simply absent)', async () => {
    const wanted = [aws()[3], aws()[50], aws()[700]].map((r) => r?.Id ?? '');
    const got = await listAll({ Identifier: [...wanted, 'O0000000001'] });
    expect(ids(got)).toEqual(ids(byDefault(aws().filter((r) => wanted.includes(r.Id)))));
  });

  it('filters by LifeCycleStage and LifeCycleReviewStatus (OR within, AND across)', async () => {
    const got = await listAll({
      LifeCycleStage: ['Qualified', 'Committed'],
      LifeCycleReviewStatus: ['Approved'],
    });
    const expected = aws().filter(
      (r) =>
        ['Qualified', 'Committed'].includes(r.LifeCycle?.Stage ?? '') &&
        r.LifeCycle?.ReviewStatus === 'Approved',
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(got)).toEqual(ids(byDefault(expected)));
  });

  it('filters by CustomerCompanyName: whole name, case-insensitive', async () => {
    const name = aws()[10]?.Customer?.Account?.CompanyName ?? '';
    const expected = aws().filter((r) => r.Customer?.Account?.CompanyName === name);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(await listAll({ CustomerCompanyName: [name.toUpperCase()] }))).toEqual(
      ids(byDefault(expected)),
    );
    expect(await listAll({ CustomerCompanyName: [name.slice(0, 5)] })).toEqual([]);
  });

  it('filters LastModifiedDate: After inclusive ("on or after", as documented), Before exclusive', async () => {
    const sorted = byDefault(aws());
    const after = sorted[100]?.LastModifiedDate ?? '';
    const before = sorted[20]?.LastModifiedDate ?? '';
    const got = await listAll({
      LastModifiedDate: {
        AfterLastModifiedDate: new Date(after),
        BeforeLastModifiedDate: new Date(before),
      },
    });
    const expected = aws().filter(
      (r) => r.LastModifiedDate >= after && r.LastModifiedDate < before,
    );
    expect(ids(got)).toContain(sorted[100]?.Id);
    expect(ids(got)).not.toContain(sorted[20]?.Id);
    expect(ids(got)).toEqual(ids(byDefault(expected)));
  });

  it('filters CreatedDate: After inclusive, Before exclusive', async () => {
    const created = [...aws()].sort((a, b) => (a.CreatedDate < b.CreatedDate ? -1 : 1));
    const after = created[200]?.CreatedDate ?? '';
    const before = created[300]?.CreatedDate ?? '';
    const got = await listAll({
      CreatedDate: { AfterCreatedDate: new Date(after), BeforeCreatedDate: new Date(before) },
    });
    const expected = aws().filter((r) => r.CreatedDate >= after && r.CreatedDate < before);
    expect(expected.length).toBeGreaterThanOrEqual(95);
    expect(ids(got)).toEqual(ids(byDefault(expected)));
  });

  it('filters TargetCloseDate: days, both ends inclusive, records without one excluded', async () => {
    const days = aws()
      .map((r) => r.LifeCycle?.TargetCloseDate)
      .filter((day): day is string => day !== undefined)
      .sort();
    const [after, before] = [days[100] ?? '', days[400] ?? ''];
    const got = await listAll({
      TargetCloseDate: { AfterTargetCloseDate: after, BeforeTargetCloseDate: before },
    });
    const expected = aws().filter((r) => {
      const day = r.LifeCycle?.TargetCloseDate;
      return day !== undefined && day >= after && day <= before;
    });
    expect(expected.some((r) => r.LifeCycle?.TargetCloseDate === before)).toBe(true);
    expect(ids(got)).toEqual(ids(byDefault(expected)));
  });

  it('treats empty filter lists as no filter', async () => {
    const got = await client.send(
      new ListOpportunitiesCommand({ Catalog: 'AWS', Identifier: [], LifeCycleStage: [] }),
    );
    expect(ids(got.OpportunitySummaries ?? [])).toEqual(ids(byDefault(aws()).slice(0, 20)));
  });

  const sortKeys: Record<string, (r: OpportunityRecord) => string | number | undefined> = {
    LastModifiedDate: (r) => Date.parse(r.LastModifiedDate),
    CreatedDate: (r) => Date.parse(r.CreatedDate),
    Identifier: (r) => r.Id,
    CustomerCompanyName: (r) => r.Customer?.Account?.CompanyName?.toLowerCase(),
    TargetCloseDate: (r) => r.LifeCycle?.TargetCloseDate,
  };

  describe.each(Object.keys(sortKeys))('Sort by %s', (sortBy) => {
    it.each(['ASCENDING', 'DESCENDING'] as const)(
      '%s: ties by Identifier, missing values last',
      async (order) => {
        const got = await listAll({
          Sort: { SortBy: sortBy as 'Identifier', SortOrder: order },
        });
        const expected = expectedOrder(
          aws(),
          sortKeys[sortBy] ?? (() => 0),
          order === 'DESCENDING',
          (r) => r.Id,
        );
        expect(ids(got)).toEqual(ids(expected));
      },
    );
  });

  it('sorts records without a TargetCloseDate last in both directions', async () => {
    for (const order of ['ASCENDING', 'DESCENDING'] as const) {
      const got = await listAll({ Sort: { SortBy: 'TargetCloseDate', SortOrder: order } });
      const tail = got.slice(-5);
      expect(tail.every((summary) => summary.LifeCycle?.TargetCloseDate === undefined)).toBe(true);
      expect(got[0]?.LifeCycle?.TargetCloseDate).toBeDefined();
    }
  });

  it('keeps the catalogs apart: an AWS id is unknown in Sandbox', async () => {
    const id = aws()[0]?.Id ?? '';
    expect(await listAll({ Catalog: 'Sandbox', Identifier: [id] })).toEqual([]);
    await expectServiceError(
      client.send(new GetOpportunityCommand({ Catalog: 'Sandbox', Identifier: id })),
      'ResourceNotFoundException',
      404,
    );
  });

  it('GetOpportunity returns the full stored shape', async () => {
    const record = aws().find((r) => r.SoftwareRevenue !== undefined && r.Marketing?.Channels);
    const got = await client.send(
      new GetOpportunityCommand({ Catalog: 'AWS', Identifier: record?.Id ?? '' }),
    );
    const { $metadata: _metadata, ...body } = got;
    expect(JSON.parse(JSON.stringify(body))).toEqual(JSON.parse(JSON.stringify(record)));
    expect(got.CreatedDate).toBeInstanceOf(Date);
    expect(got.RelatedEntityIdentifiers).toBeDefined();
  });

  it('GetOpportunity of an unknown id is ResourceNotFoundException', async () => {
    const error = await expectServiceError(
      client.send(new GetOpportunityCommand({ Catalog: 'AWS', Identifier: 'O0000000001' })),
      'ResourceNotFoundException',
      404,
    );
    expect(error.message).toContain('O0000000001');
    expect(error.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
