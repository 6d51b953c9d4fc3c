import {
  formatSqlDateTime,
  formatUsDateTime,
  parseSqlDateTime,
} from '../../../src/sources/leadsquared/simulator/index.js';

describe('LeadSquared date formats (docs/upstreams/leadsquared.md#dates-and-times)', () => {
  it.each([
    ['2023-04-06T15:23:34.000Z', '4/6/2023 3:23:34 PM'], // the documentation's own example
    ['2021-11-24T00:05:09.000Z', '11/24/2021 12:05:09 AM'],
    ['2022-05-04T12:00:00.000Z', '5/4/2022 12:00:00 PM'],
    ['2024-12-31T23:59:59.000Z', '12/31/2024 11:59:59 PM'],
  ])('formats %s as GetOpportunitiesById does: %s', (iso, expected) => {
    expect(formatUsDateTime(iso)).toBe(expected);
  });

  it('formats the lead retrieval style', () => {
    expect(formatSqlDateTime('2018-03-06T06:55:46.000Z')).toBe('2018-03-06 06:55:46.000');
  });

  it('parses "YYYY-MM-DD HH:MM:SS" as UTC and rejects other shapes and impossible dates', () => {
    expect(parseSqlDateTime('2023-01-01 00:00:00')).toBe(Date.UTC(2023, 0, 1));
    expect(parseSqlDateTime('2023-01-01T00:00:00')).toBeUndefined();
    expect(parseSqlDateTime('2023-02-30 00:00:00')).toBeUndefined();
    expect(parseSqlDateTime('2023-01-01 24:00:00')).toBeUndefined();
  });
});
