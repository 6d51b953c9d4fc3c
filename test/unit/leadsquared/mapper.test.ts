import type { LeadSquaredConfig } from '../../../src/sources/leadsquared/config.js';
import { mapLead, mapOpportunity } from '../../../src/sources/leadsquared/mapper.js';

const COLUMNS: LeadSquaredConfig['columns'] = {
  name: 'mx_Custom_1',
  stage: 'mx_Custom_2',
  amount: 'mx_Custom_3',
};
const ACTIVITY_ID = '24CF277E-70FE-4B2F-A9C2-9A68F45FEABA';
const PROSPECT_ID = 'A368678F-1E81-4FB8-AF0A-4B896F6330E1';

describe('mapOpportunity', () => {
  it('maps a GetOpportunitiesById row (ProspectActivityId, ProspectId, US dates)', () => {
    const record = mapOpportunity(
      {
        ProspectActivityId: ACTIVITY_ID,
        ProspectId: PROSPECT_ID,
        EmailAddress: 'ada@example.com',
        mx_Custom_1: ' Renewal 2024 ',
        mx_Custom_2: 'Negotiation',
        mx_Custom_3: '12500.00',
        Owner: 'Grace Hopper',
        CreatedOn: '4/6/2023 3:23:34 PM',
        ModifiedOn: '4/7/2023 12:05:00 AM',
      },
      12003,
      COLUMNS,
    );
    expect(record).toEqual({
      id: `lsq:12003:${ACTIVITY_ID.toLowerCase()}`,
      source: 'LEADSQUARED',
      sourceId: ACTIVITY_ID,
      name: 'Renewal 2024',
      stage: 'Negotiation',
      amount: { amount: '12500.00', currencyCode: null },
      probability: null,
      createdAt: '2023-04-06T15:23:34.000Z',
      lastModifiedAt: '2023-04-07T00:05:00.000Z',
      details: {
        kind: 'leadSquared',
        eventCode: 12003,
        prospectActivityId: ACTIVITY_ID,
        prospectId: PROSPECT_ID,
        emailAddress: 'ada@example.com',
        // Every column the upstream sent, as sent, for `field(name:)`.
        columns: {
          ProspectActivityId: ACTIVITY_ID,
          ProspectId: PROSPECT_ID,
          EmailAddress: 'ada@example.com',
          mx_Custom_1: ' Renewal 2024 ',
          mx_Custom_2: 'Negotiation',
          mx_Custom_3: '12500.00',
          Owner: 'Grace Hopper',
          CreatedOn: '4/6/2023 3:23:34 PM',
          ModifiedOn: '4/7/2023 12:05:00 AM',
        },
      },
    });
  });

  it('maps a list row (OpportunityId, RelatedProspectId, SQL dates)', () => {
    const record = mapOpportunity(
      {
        OpportunityId: ACTIVITY_ID,
        RelatedProspectId: PROSPECT_ID,
        mx_Custom_1: 'Upsell',
        mx_Custom_2: null,
        Status: 'Open',
        CreatedOn: '2018-03-06 06:55:46.000',
        ModifiedOn: '2018-03-07 10:00:00.000',
      },
      12000,
      COLUMNS,
    );
    expect(record).toMatchObject({
      id: `lsq:12000:${ACTIVITY_ID.toLowerCase()}`,
      sourceId: ACTIVITY_ID,
      name: 'Upsell',
      stage: null,
      amount: null,
      createdAt: '2018-03-06T06:55:46.000Z',
      lastModifiedAt: '2018-03-07T10:00:00.000Z',
      details: {
        prospectActivityId: ACTIVITY_ID,
        prospectId: PROSPECT_ID,
        emailAddress: null,
        columns: {
          OpportunityId: ACTIVITY_ID,
          RelatedProspectId: PROSPECT_ID,
          mx_Custom_1: 'Upsell',
          mx_Custom_2: null,
          Status: 'Open',
          CreatedOn: '2018-03-06 06:55:46.000',
          ModifiedOn: '2018-03-07 10:00:00.000',
        },
      },
    });
  });

  it('prefers ProspectActivityId and RelatedProspectId when a row carries both shapes', () => {
    const other = '11111111-2222-3333-4444-555555555555';
    const record = mapOpportunity(
      {
        ProspectActivityId: ACTIVITY_ID,
        OpportunityId: other,
        ProspectId: other,
        RelatedProspectId: PROSPECT_ID,
      },
      12003,
      COLUMNS,
    );
    expect(record.sourceId).toBe(ACTIVITY_ID);
    expect(record.details).toMatchObject({ kind: 'leadSquared', prospectId: PROSPECT_ID });
  });

  it('refuses an id that is not a GUID rather than minting a bad global id', () => {
    expect(() => mapOpportunity({ ProspectActivityId: 'not-a-guid' }, 12003, COLUMNS)).toThrow(
      'must be a GUID',
    );
  });

  it('leaves fields of columns that were not fetched null', () => {
    const record = mapOpportunity({ ProspectActivityId: ACTIVITY_ID }, 12003, COLUMNS);
    expect(record).toMatchObject({
      name: null,
      stage: null,
      amount: null,
      createdAt: null,
      lastModifiedAt: null,
      details: {
        prospectId: null,
        emailAddress: null,
        columns: { ProspectActivityId: ACTIVITY_ID },
      },
    });
  });

  it('reads name, stage and amount from the configured columns', () => {
    const record = mapOpportunity(
      {
        ProspectActivityId: ACTIVITY_ID,
        mx_Custom_1: 'not the name',
        mx_Custom_7: 'The name',
        Status: 'Won',
        mx_Custom_9: '99.95',
      },
      12003,
      { name: 'mx_Custom_7', stage: 'Status', amount: 'mx_Custom_9' },
    );
    expect([record.name, record.stage, record.amount]).toEqual([
      'The name',
      'Won',
      { amount: '99.95', currencyCode: null },
    ]);
  });

  it.each<[string | null | undefined, string | null]>([
    ['12500.00', '12500.00'],
    ['0', '0'],
    ['-3.5', '-3.5'],
    [' 42 ', '42'],
    ['00012.10', '00012.10'], // passed on as written, never through a float
    ['12345678901234567890.123456789', '12345678901234567890.123456789'],
    ['1,000', null],
    ['1 000', null],
    ['12.', null],
    ['.5', null],
    ['1e3', null],
    ['$12', null],
    ['abc', null],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('amount %j -> %j', (value, expected) => {
    const record = mapOpportunity(
      { ProspectActivityId: ACTIVITY_ID, mx_Custom_3: value },
      12003,
      COLUMNS,
    );
    expect(record.amount).toEqual(
      expected === null ? null : { amount: expected, currencyCode: null },
    );
  });

  it('maps unreadable dates to null instead of guessing', () => {
    const record = mapOpportunity(
      {
        ProspectActivityId: ACTIVITY_ID,
        CreatedOn: 'yesterday',
        ModifiedOn: '2/30/2023 1:00:00 PM',
      },
      12003,
      COLUMNS,
    );
    expect([record.createdAt, record.lastModifiedAt]).toEqual([null, null]);
  });

  it.each([{}, { ProspectActivityId: '  ' }, { OpportunityId: null, ProspectId: PROSPECT_ID }])(
    'throws on a row without an id: %j',
    (row) => {
      expect(() => mapOpportunity(row, 12003, COLUMNS)).toThrow(
        'LeadSquared opportunity row without an id',
      );
    },
  );
});

describe('mapLead', () => {
  it('maps a lead row with ProspectID', () => {
    const record = mapLead({
      ProspectID: PROSPECT_ID,
      FirstName: 'Ada',
      LastName: 'Lovelace',
      EmailAddress: 'ada@example.com',
      Company: ' Analytical Engines ',
      Phone: null,
      CreatedOn: '2018-03-06 06:55:46.000',
      ModifiedOn: '2018-03-07 06:55:46',
    });
    expect(record).toEqual({
      id: `lsq-lead:${PROSPECT_ID.toLowerCase()}`,
      source: 'LEADSQUARED',
      sourceId: PROSPECT_ID,
      email: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      company: 'Analytical Engines',
      createdAt: '2018-03-06T06:55:46.000Z',
      lastModifiedAt: '2018-03-07T06:55:46.000Z',
      details: {
        kind: 'leadSquared',
        prospectId: PROSPECT_ID,
        columns: {
          ProspectID: PROSPECT_ID,
          FirstName: 'Ada',
          LastName: 'Lovelace',
          EmailAddress: 'ada@example.com',
          Company: ' Analytical Engines ',
          Phone: null,
          CreatedOn: '2018-03-06 06:55:46.000',
          ModifiedOn: '2018-03-07 06:55:46',
        },
      },
    });
  });

  it('accepts ProspectId and leaves missing columns null', () => {
    const record = mapLead({ ProspectId: PROSPECT_ID, FirstName: '' });
    expect(record).toMatchObject({
      id: `lsq-lead:${PROSPECT_ID.toLowerCase()}`,
      email: null,
      firstName: null,
      lastName: null,
      company: null,
      createdAt: null,
    });
  });

  it('throws on a row without an id', () => {
    expect(() => mapLead({ FirstName: 'Ada' })).toThrow('LeadSquared lead row without an id');
  });
});
