import {
  formatUsDateTime,
  type LeadSquaredSimulator,
  type OpportunityRecord,
} from '../../../src/sources/leadsquared/simulator/index.js';
import { expectError, PATHS, post, startSimulator } from './support.js';

interface Element {
  EventCode: string;
  RecordCount: number;
  Opportunities: Record<string, string | null>[];
}

const US_DATE = /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/;

describe('LeadSquared simulator: GetOpportunitiesById (docs/upstreams/leadsquared.md#opportunities-by-id)', () => {
  let sim: LeadSquaredSimulator;
  const ofType = (code: number): OpportunityRecord[] => sim.data.opportunitiesOfType(code);
  const entry = (
    EventCode: string | number,
    ids: string[],
    csv = 'CreatedOn,ModifiedOn,Owner',
  ) => ({
    EventCode,
    ProspectActivityId: ids,
    Columns: { Include_CSV: csv },
  });
  const ask = async (...entries: unknown[]) => {
    const result = await post(sim, PATHS.byIds, { SearchParameters: entries });
    expect(result.status).toBe(200);
    return result.json as Element[];
  };
  const idsOf = (element: Element | undefined) =>
    element?.Opportunities.map((o) => o.ProspectActivityId);

  beforeAll(async () => {
    sim = await startSimulator({ records: 1_000 });
  });
  afterAll(() => sim.stop());

  it('returns the documented shape: system fields, requested columns, OwnerEmailAddress with Owner', async () => {
    const [a, b] = ofType(12003);
    const [element] = await ask(entry('12003', [a!.ProspectActivityId, b!.ProspectActivityId]));
    expect(element?.EventCode).toBe('12003');
    expect(element?.RecordCount).toBe(2);
    const lead = sim.data.lead(a!.RelatedProspectId)!;
    expect(element?.Opportunities[0]).toEqual({
      ProspectId: lead.ProspectID,
      EmailAddress: lead.EmailAddress,
      ProspectActivityId: a!.ProspectActivityId,
      CreatedOn: formatUsDateTime(a!.CreatedOn),
      ModifiedOn: formatUsDateTime(a!.ModifiedOn),
      Owner: a!.Owner,
      OwnerEmailAddress: a!.OwnerEmailAddress,
    });
    expect(Object.keys(element!.Opportunities[0]!)).toEqual([
      'ProspectId',
      'EmailAddress',
      'ProspectActivityId',
      'CreatedOn',
      'ModifiedOn',
      'Owner',
      'OwnerEmailAddress',
    ]);
    expect(element?.Opportunities[1]?.CreatedOn).toMatch(US_DATE);
  });

  it('trims column names, returns custom columns as strings and unknown columns as null', async () => {
    const withNullAmount = ofType(12000).find((o) => o.mx_Custom_3 === null)!;
    const withAmount = ofType(12000).find((o) => o.mx_Custom_3)!;
    const [element] = await ask(
      entry(
        12000,
        [withNullAmount.ProspectActivityId, withAmount.ProspectActivityId],
        ' mx_Custom_3 , mx_Custom_1,NoSuchColumn ',
      ),
    );
    expect(element?.EventCode).toBe('12000');
    expect(element?.Opportunities).toEqual([
      expect.objectContaining({
        mx_Custom_3: null,
        mx_Custom_1: withNullAmount.mx_Custom_1,
        NoSuchColumn: null,
      }),
      expect.objectContaining({ mx_Custom_3: withAmount.mx_Custom_3, NoSuchColumn: null }),
    ]);
    expect(element?.Opportunities[0]).not.toHaveProperty('OwnerEmailAddress');
  });

  it('groups by real event code, as the documented example does', async () => {
    const [x, w] = ofType(12003);
    const [y, z] = ofType(12001);
    const [other] = ofType(12000);
    // The documentation sample's case (docs/upstreams/leadsquared.md#results-grouped-by-real-type):
    // an opportunity of type 12003 requested under 12001 lands in the 12003 element; the 12001
    // element stays empty.
    const seedCase = await ask(
      entry('12003', [x!.ProspectActivityId]),
      entry('12001', [w!.ProspectActivityId]),
    );
    expect(seedCase.map((e) => [e.EventCode, e.RecordCount, idsOf(e)])).toEqual([
      ['12003', 2, [x!.ProspectActivityId, w!.ProspectActivityId]],
      ['12001', 0, []],
    ]);
    // Wrong bucket both ways, an unknown id, a repeated id, and a type nobody asked for.
    const mixed = await ask(
      entry('12003', [
        x!.ProspectActivityId,
        y!.ProspectActivityId,
        'ffffffff-0000-4000-8000-000000000000',
      ]),
      entry('12001', [z!.ProspectActivityId, x!.ProspectActivityId, other!.ProspectActivityId]),
    );
    expect(mixed.map((e) => [e.EventCode, idsOf(e)])).toEqual([
      ['12003', [x!.ProspectActivityId]],
      ['12001', [y!.ProspectActivityId, z!.ProspectActivityId]],
    ]);
  });

  it('accepts 2,000 ids across entries and rejects 2,001', async () => {
    const ids = sim.data.opportunities.map((o) => o.ProspectActivityId);
    const first = ofType(12000).map((o) => o.ProspectActivityId);
    const second = ofType(12001).map((o) => o.ProspectActivityId);
    const ok = await ask(entry(12000, first), entry(12001, second));
    expect(ok.map((e) => e.RecordCount)).toEqual([1_000, 1_000]);
    const tooMany = await post(sim, PATHS.byIds, {
      SearchParameters: [entry(12000, first), entry(12001, [...second, ids[2_500]!])],
    });
    const body = expectError(tooMany, 400, 'MXInvalidInputException');
    expect(body.ExceptionMessage).toContain('maximum of 2000 opportunities');
  });

  it.each([
    ['no SearchParameters', {}, 'MXMandatoryAttributeMissingException', 'SearchParameters'],
    [
      'empty SearchParameters',
      { SearchParameters: [] },
      'MXMandatoryAttributeMissingException',
      'SearchParameters',
    ],
    [
      'no EventCode',
      { SearchParameters: [{ ProspectActivityId: ['a'], Columns: { Include_CSV: 'Owner' } }] },
      'MXMandatoryAttributeMissingException',
      'EventCode',
    ],
    [
      'a non-numeric EventCode',
      {
        SearchParameters: [
          { EventCode: 'abc', ProspectActivityId: ['a'], Columns: { Include_CSV: 'Owner' } },
        ],
      },
      'MXInvalidDataTypeException',
      'EventCode',
    ],
    [
      'an empty ProspectActivityId',
      {
        SearchParameters: [
          { EventCode: '1', ProspectActivityId: [], Columns: { Include_CSV: 'Owner' } },
        ],
      },
      'MXMandatoryAttributeMissingException',
      'ProspectActivityId',
    ],
    [
      'ids that are not strings',
      {
        SearchParameters: [
          { EventCode: '1', ProspectActivityId: [1], Columns: { Include_CSV: 'Owner' } },
        ],
      },
      'MXInvalidDataTypeException',
      'ProspectActivityId',
    ],
    [
      'no Columns',
      { SearchParameters: [{ EventCode: '1', ProspectActivityId: ['a'] }] },
      'MXMandatoryAttributeMissingException',
      'Columns',
    ],
    [
      'a blank Include_CSV',
      {
        SearchParameters: [
          { EventCode: '1', ProspectActivityId: ['a'], Columns: { Include_CSV: ' , ' } },
        ],
      },
      'MXMandatoryAttributeMissingException',
      'Include_CSV',
    ],
  ])('answers 400 for %s', async (_label, body, type, field) => {
    const error = expectError(await post(sim, PATHS.byIds, body), 400, type);
    expect(error.ExceptionMessage).toContain(field);
  });
});
