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

const SQL_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.000$/;

describe('LeadSquared simulator: GetOpportunitiesOfLead (docs/upstreams/leadsquared.md#opportunities-of-a-lead)', () => {
  let sim: LeadSquaredSimulator;
  /** A lead with the most opportunities of type 12000, so paging has something to walk. */
  let busy: { leadId: string; records: OpportunityRecord[] };

  const ask = async (leadId: string, type: string, body?: unknown) => {
    const result = await post(sim, PATHS.ofLead, body, {
      query: { leadId, opportunityType: type },
    });
    expect(result.status).toBe(200);
    return result.json as Page;
  };

  beforeAll(async () => {
    sim = await startSimulator({ records: 400 });
    const counts = sim.data.leads.map((lead) => ({
      leadId: lead.ProspectID,
      records: sim.data.opportunitiesOfLead(lead.ProspectID, 12000),
    }));
    busy = counts.reduce((best, next) => (next.records.length > best.records.length ? next : best));
  });
  afterAll(() => sim.stop());

  it('returns flat items mixing lead and opportunity fields, newest first by default', async () => {
    const page = await ask(busy.leadId, '12000');
    expect(busy.records.length).toBeGreaterThanOrEqual(3);
    expect(page.RecordCount).toBe(busy.records.length);
    const [newest] = expectedOrder(busy.records, 'CreatedOn', true);
    const lead = sim.data.lead(busy.leadId)!;
    expect(page.List[0]).toEqual({
      ProspectId: lead.ProspectID,
      FirstName: lead.FirstName,
      LastName: lead.LastName,
      EmailAddress: lead.EmailAddress,
      Phone: lead.Phone,
      OpportunityId: newest!.ProspectActivityId,
      RelatedProspectId: lead.ProspectID,
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
    expect(page.List[0]?.CreatedOn).toMatch(SQL_DATE);
  });

  it('with Include_CSV returns the system fields plus exactly the requested columns', async () => {
    const page = await ask(busy.leadId, '12000', { Columns: { Include_CSV: 'mx_Custom_2, Nope' } });
    const item = page.List[0]!;
    expect(item).toHaveProperty('mx_Custom_2');
    expect(item.Nope).toBeNull();
    expect(item).not.toHaveProperty('mx_Custom_1');
    expect(item).toHaveProperty('OpportunityId');
  });

  it('pages deterministically in both directions on both sort columns', async () => {
    for (const column of ['CreatedOn', 'ModifiedOn'] as const) {
      for (const direction of ['0', '1']) {
        const seen: string[] = [];
        for (let pageIndex = 1; pageIndex <= busy.records.length; pageIndex += 1) {
          const page = await ask(busy.leadId, '12000', {
            Paging: { PageIndex: pageIndex, PageSize: 1 },
            Sorting: { ColumnName: column, Direction: direction },
          });
          seen.push(...page.List.map((item) => item.OpportunityId!));
        }
        const expected = expectedOrder(busy.records, column, direction === '1');
        expect(seen).toEqual(expected.map((o) => o.ProspectActivityId));
      }
    }
  });

  it('breaks CreatedOn ties by OpportunityId ascending', async () => {
    const tied = sim.data.opportunities.find((o, i) => {
      const next = sim.data.opportunities[i + 1];
      return (
        next?.CreatedOn === o.CreatedOn &&
        next.RelatedProspectId === o.RelatedProspectId &&
        next.EventCode === o.EventCode
      );
    })!;
    const page = await ask(tied.RelatedProspectId, String(tied.EventCode), {
      Paging: { PageSize: 100 },
    });
    const sameTime = page.List.filter(
      (item) => item.CreatedOn === formatSqlDateTime(tied.CreatedOn),
    );
    const ids = sameTime.map((item) => item.OpportunityId!);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids).toEqual([...ids].sort());
  });

  it('answers an empty page for an unknown lead, a type without records, or a page past the end', async () => {
    expect(await ask('00000000-0000-4000-8000-000000000000', '12000')).toEqual({
      RecordCount: 0,
      List: [],
    });
    expect(await ask(busy.leadId, '99999')).toEqual({ RecordCount: 0, List: [] });
    const past = await ask(busy.leadId, '12000', { Paging: { PageIndex: 50, PageSize: 10 } });
    expect(past).toEqual({ RecordCount: busy.records.length, List: [] });
  });

  it('defaults to 25 per page', async () => {
    const lead = sim.data.leads[0]!.ProspectID;
    const page = await ask(lead, '12000', { Paging: { PageIndex: 1 } });
    expect(page.List.length).toBe(Math.min(25, page.RecordCount));
  });

  it.each([
    ['no leadId', { opportunityType: '12000' }, 'MXMandatoryAttributeMissingException', 'leadId'],
    [
      'no opportunityType',
      { leadId: 'x' },
      'MXMandatoryAttributeMissingException',
      'opportunityType',
    ],
    [
      'a non-numeric opportunityType',
      { leadId: 'x', opportunityType: 'abc' },
      'MXInvalidDataTypeException',
      'opportunityType',
    ],
  ])('answers 400 for %s', async (_label, query, type, field) => {
    const error = expectError(await post(sim, PATHS.ofLead, undefined, { query }), 400, type);
    expect(error.ExceptionMessage).toContain(field);
  });

  it.each([
    ['PageSize 0', { Paging: { PageSize: 0 } }, 'MXInvalidDataTypeException', 'Paging.PageSize'],
    [
      'PageSize 1001',
      { Paging: { PageSize: 1001 } },
      'MXInvalidDataTypeException',
      'Paging.PageSize',
    ],
    ['PageIndex 0', { Paging: { PageIndex: 0 } }, 'MXInvalidDataTypeException', 'Paging.PageIndex'],
    [
      'an unsupported sort column',
      { Sorting: { ColumnName: 'Owner' } },
      'MXInvalidInputException',
      'Sorting.ColumnName',
    ],
    [
      'a bad direction',
      { Sorting: { Direction: 'up' } },
      'MXInvalidDataTypeException',
      'Sorting.Direction',
    ],
  ])('answers 400 for %s', async (_label, body, type, field) => {
    const query = { leadId: busy.leadId, opportunityType: '12000' };
    const error = expectError(await post(sim, PATHS.ofLead, body, { query }), 400, type);
    expect(error.ExceptionMessage).toContain(field);
  });
});
