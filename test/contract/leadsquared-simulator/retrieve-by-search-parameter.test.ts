import {
  formatSqlDateTime,
  type LeadSquaredSimulator,
  type OpportunityRecord,
} from '../../../src/sources/leadsquared/simulator/index.js';
import { expectedOrder, expectError, PATHS, post, startSimulator } from './support.js';

interface Page {
  RecordCount: number;
  List: Record<string, string | null>[];
}

interface Row {
  LSO: string;
  Operator: string;
  RSO: string;
  LSO_Type?: string;
  SubConOp?: string;
}

const search = (rows: Row[], grpConOp = 'And') =>
  JSON.stringify({
    GrpConOp: grpConOp,
    Conditions: rows.map((row) => ({
      Type: 'Activity',
      ConOp: 'and',
      RowCondition: [{ SubConOp: 'And', ...row }],
    })),
    QueryTimeZone: 'UTC',
  });

const sqlInput = (iso: string) => iso.slice(0, 19).replace('T', ' ');

describe('LeadSquared simulator: Retrieve/BySearchParameter (docs/upstreams/leadsquared.md#opportunity-advanced-search)', () => {
  let sim: LeadSquaredSimulator;
  let all: OpportunityRecord[];

  const ask = async (body: Record<string, unknown>) => {
    const result = await post(sim, PATHS.search, { OpportunityEventCode: 12000, ...body });
    expect(result.status).toBe(200);
    return result.json as Page;
  };
  /** Every id a filter returns, walking pages of 1000. */
  const matchingIds = async (advancedSearch: string, eventCode: number | string = 12000) => {
    const ids: string[] = [];
    let page: Page;
    let pageIndex = 1;
    do {
      page = await ask({
        OpportunityEventCode: eventCode,
        AdvancedSearch: advancedSearch,
        Paging: { PageIndex: pageIndex, PageSize: 1000 },
      });
      ids.push(...page.List.map((item) => item.OpportunityId!));
      pageIndex += 1;
    } while (page.List.length > 0);
    expect(ids).toHaveLength(page.RecordCount);
    return new Set(ids);
  };
  const idsWhere = (predicate: (o: OpportunityRecord) => boolean) =>
    new Set(all.filter(predicate).map((o) => o.ProspectActivityId));

  beforeAll(async () => {
    sim = await startSimulator({ records: 300 });
    all = sim.data.opportunitiesOfType(12000);
  });
  afterAll(() => sim.stop());

  it('walks every record of a type exactly once, in order, with PageSize 7', async () => {
    for (const [column, direction] of [
      ['CreatedOn', 1],
      ['ModifiedOn', 0],
    ] as const) {
      const seen: string[] = [];
      let recordCount = -1;
      for (let pageIndex = 1; ; pageIndex += 1) {
        const page = await ask({
          AdvancedSearch: search([]),
          Paging: { PageIndex: pageIndex, PageSize: 7 },
          Sorting: { ColumnName: column, Direction: direction },
        });
        recordCount = page.RecordCount;
        if (page.List.length === 0) break;
        expect(page.List.length).toBeLessThanOrEqual(7);
        seen.push(...page.List.map((item) => item.OpportunityId!));
      }
      expect(recordCount).toBe(300);
      expect(new Set(seen).size).toBe(300);
      expect(seen).toEqual(
        expectedOrder(all, column, direction === 1).map((o) => o.ProspectActivityId),
      );
    }
  });

  it('returns flat items with the lead identity, dates in the lead retrieval style', async () => {
    const page = await ask({ AdvancedSearch: search([]), Paging: { PageIndex: 1, PageSize: 1 } });
    const [newest] = expectedOrder(all, 'CreatedOn', true);
    expect(page.List[0]).toEqual({
      ProspectId: newest!.RelatedProspectId,
      EmailAddress: sim.data.lead(newest!.RelatedProspectId)!.EmailAddress,
      OpportunityId: newest!.ProspectActivityId,
      RelatedProspectId: newest!.RelatedProspectId,
      OpportunityEvent: '12000',
      Status: newest!.Status,
      Owner: newest!.Owner,
      OwnerName: newest!.OwnerName,
      OwnerEmailAddress: newest!.OwnerEmailAddress,
      OpportunityNote: newest!.OpportunityNote,
      CreatedOn: formatSqlDateTime(newest!.CreatedOn),
      ModifiedOn: formatSqlDateTime(newest!.ModifiedOn),
      mx_Custom_1: newest!.mx_Custom_1,
      mx_Custom_2: newest!.mx_Custom_2,
      mx_Custom_3: newest!.mx_Custom_3,
      mx_Custom_4: newest!.mx_Custom_4,
    });
  });

  it('defaults to 25 items per page, newest first', async () => {
    const page = await ask({ AdvancedSearch: '{}' });
    expect(page.RecordCount).toBe(300);
    expect(page.List.map((item) => item.OpportunityId)).toEqual(
      expectedOrder(all, 'CreatedOn', true)
        .slice(0, 25)
        .map((o) => o.ProspectActivityId),
    );
  });

  it('filters on dates with strict lt/gt and inclusive le/ge', async () => {
    const pivot = all[17]!;
    const at = sqlInput(pivot.CreatedOn);
    const row = (Operator: string): Row => ({
      LSO: 'CreatedOn',
      LSO_Type: 'DateTime',
      Operator,
      RSO: at,
    });
    expect(await matchingIds(search([row('gt')]))).toEqual(
      idsWhere((o) => o.CreatedOn > pivot.CreatedOn),
    );
    expect(await matchingIds(search([row('ge')]))).toEqual(
      idsWhere((o) => o.CreatedOn >= pivot.CreatedOn),
    );
    expect(await matchingIds(search([row('lt')]))).toEqual(
      idsWhere((o) => o.CreatedOn < pivot.CreatedOn),
    );
    expect(await matchingIds(search([row('le')]))).toEqual(
      idsWhere((o) => o.CreatedOn <= pivot.CreatedOn),
    );
    expect(await matchingIds(search([row('eq')]))).toEqual(
      idsWhere((o) => o.CreatedOn === pivot.CreatedOn),
    );
    expect((await matchingIds(search([row('gt')]))).has(pivot.ProspectActivityId)).toBe(false);
    expect((await matchingIds(search([row('ge')]))).has(pivot.ProspectActivityId)).toBe(true);
  });

  it('filters on ModifiedOn, Status, Owner and custom fields, ANDing conditions', async () => {
    const owner = all[0]!.Owner;
    const since = '2024-06-01 00:00:00';
    const ids = await matchingIds(
      search([
        { LSO: 'ModifiedOn', Operator: 'ge', RSO: since },
        { LSO: 'Status', LSO_Type: 'String', Operator: 'eq', RSO: 'won' },
        { LSO: 'Owner', Operator: 'eq', RSO: owner },
      ]),
    );
    const expected = idsWhere(
      (o) => o.ModifiedOn >= '2024-06-01T00:00:00.000Z' && o.Status === 'Won' && o.Owner === owner,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(ids).toEqual(expected);
    expect(
      await matchingIds(search([{ LSO: 'mx_Custom_2', Operator: 'neq', RSO: 'Closed' }])),
    ).toEqual(idsWhere((o) => o.mx_Custom_2 !== 'Closed'));
    // A null amount matches nothing, not even neq (SQL semantics).
    expect(await matchingIds(search([{ LSO: 'mx_Custom_3', Operator: 'neq', RSO: 'x' }]))).toEqual(
      idsWhere((o) => o.mx_Custom_3 !== null),
    );
  });

  it('supports GrpConOp Or and SubConOp Or', async () => {
    const both = await matchingIds(
      search(
        [
          { LSO: 'Status', Operator: 'eq', RSO: 'Won' },
          { LSO: 'Status', Operator: 'eq', RSO: 'Lost' },
        ],
        'Or',
      ),
    );
    expect(both).toEqual(idsWhere((o) => o.Status !== 'Open'));
    const rows = JSON.stringify({
      Conditions: [
        {
          Type: 'Activity',
          RowCondition: [
            { LSO: 'Status', Operator: 'eq', RSO: 'Won' },
            { SubConOp: 'Or', LSO: 'mx_Custom_2', Operator: 'eq', RSO: 'Proposal' },
          ],
        },
      ],
    });
    expect(await matchingIds(rows)).toEqual(
      idsWhere((o) => o.Status === 'Won' || o.mx_Custom_2 === 'Proposal'),
    );
  });

  it('accepts the event code as text and answers an empty page for an unseeded type', async () => {
    expect((await matchingIds('{}', '12000')).size).toBe(300);
    expect(await ask({ OpportunityEventCode: 555, AdvancedSearch: '{}' })).toEqual({
      RecordCount: 0,
      List: [],
    });
  });

  it.each([
    [
      'no OpportunityEventCode',
      { AdvancedSearch: '{}' },
      'MXMandatoryAttributeMissingException',
      'OpportunityEventCode',
    ],
    [
      'no AdvancedSearch',
      { OpportunityEventCode: 12000 },
      'MXMandatoryAttributeMissingException',
      'AdvancedSearch',
    ],
    [
      'AdvancedSearch as an object',
      { OpportunityEventCode: 12000, AdvancedSearch: {} },
      'MXInvalidDataTypeException',
      'AdvancedSearch',
    ],
    [
      'AdvancedSearch that is not JSON',
      { OpportunityEventCode: 12000, AdvancedSearch: '{oops' },
      'MXInvalidInputException',
      'not valid JSON',
    ],
    [
      'an unknown operator',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: search([{ LSO: 'Status', Operator: 'like', RSO: 'W%' }]),
      },
      'MXInvalidInputException',
      '"like" is not supported',
    ],
    [
      'an unknown LSO',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: search([{ LSO: 'Colour', Operator: 'eq', RSO: 'x' }]),
      },
      'MXInvalidInputException',
      '"Colour" is not supported',
    ],
    [
      'a date in the wrong format',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: search([{ LSO: 'CreatedOn', Operator: 'gt', RSO: '2023-01-01T00:00:00Z' }]),
      },
      'MXInvalidInputException',
      'RSO must be a UTC date time',
    ],
    [
      'a mismatched LSO_Type',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: search([
          { LSO: 'CreatedOn', LSO_Type: 'String', Operator: 'gt', RSO: '2023-01-01 00:00:00' },
        ]),
      },
      'MXInvalidInputException',
      'LSO_Type',
    ],
    [
      'a bad GrpConOp',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: JSON.stringify({ GrpConOp: 'Xor', Conditions: [] }),
      },
      'MXInvalidInputException',
      'GrpConOp',
    ],
    [
      'PageSize 1001',
      {
        OpportunityEventCode: 12000,
        AdvancedSearch: '{}',
        Paging: { PageIndex: 1, PageSize: 1001 },
      },
      'MXInvalidDataTypeException',
      'PageSize',
    ],
  ])('answers 400 for %s', async (_label, body, type, text) => {
    const error = expectError(await post(sim, PATHS.search, body), 400, type);
    expect(error.ExceptionMessage).toContain(text);
  });
});
