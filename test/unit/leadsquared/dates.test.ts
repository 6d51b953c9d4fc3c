import {
  formatLeadSquaredDate,
  parseLeadSquaredDate,
} from '../../../src/sources/leadsquared/dates.js';

describe('parseLeadSquaredDate', () => {
  it.each([
    // GetOpportunitiesById style: M/D/YYYY h:mm:ss AM|PM, UTC
    ['4/6/2023 3:23:34 PM', '2023-04-06T15:23:34.000Z'],
    ['04/06/2023 03:23:34 AM', '2023-04-06T03:23:34.000Z'],
    ['12/31/2023 11:59:59 PM', '2023-12-31T23:59:59.000Z'],
    ['1/1/2024 12:00:00 AM', '2024-01-01T00:00:00.000Z'], // midnight
    ['1/1/2024 12:30:15 AM', '2024-01-01T00:30:15.000Z'],
    ['1/1/2024 12:00:00 PM', '2024-01-01T12:00:00.000Z'], // noon
    ['1/1/2024 12:59:59 PM', '2024-01-01T12:59:59.000Z'],
    ['1/1/2024 1:00:00 AM', '2024-01-01T01:00:00.000Z'],
    ['1/1/2024 1:00:00 PM', '2024-01-01T13:00:00.000Z'],
    ['1/1/2024 11:00:00 AM', '2024-01-01T11:00:00.000Z'],
    ['2/29/2024 6:00:00 pm', '2024-02-29T18:00:00.000Z'], // leap day, lower-case half
    // Lead and list style: YYYY-MM-DD HH:MM:SS[.fff], UTC
    ['2018-03-06 06:55:46.000', '2018-03-06T06:55:46.000Z'],
    ['2018-03-06 06:55:46', '2018-03-06T06:55:46.000Z'],
    ['2018-03-06 23:59:59.999', '2018-03-06T23:59:59.999Z'],
    ['2018-03-06 00:00:00.5', '2018-03-06T00:00:00.500Z'],
    ['2018-03-06 00:00:00.12', '2018-03-06T00:00:00.120Z'],
    ['2018-03-06T06:55:46Z', '2018-03-06T06:55:46.000Z'],
    ['  2018-03-06 06:55:46.000  ', '2018-03-06T06:55:46.000Z'],
  ])('%j -> %s', (text, expected) => {
    expect(parseLeadSquaredDate(text)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['yesterday'],
    ['2023-04-06'], // no time
    ['4/6/2023'],
    ['4/6/2023 15:23:34'], // 24-hour time without AM/PM
    ['4/6/2023 3:23 PM'], // no seconds
    ['2/30/2023 1:00:00 PM'], // impossible day
    ['2/29/2023 1:00:00 PM'], // not a leap year
    ['13/1/2023 1:00:00 PM'], // month 13
    ['0/1/2023 1:00:00 PM'],
    ['4/6/2023 13:00:00 PM'], // a 12-hour clock has no 13
    ['4/6/2023 0:30:00 AM'],
    ['4/6/2023 3:75:00 PM'], // minute 75 must not roll over into the next hour
    ['4/6/2023 3:23:60 PM'],
    ['2023-02-30 00:00:00'],
    ['2023-13-01 00:00:00'],
    ['2023-04-06 24:00:00'],
    ['2023-04-06 10:75:00'],
    ['2023-04-06 10:00:61'],
    ['0023-04-06 10:00:00'], // Date.UTC would read it as 1923
    ['2023-04-06 10:00:00+02:00'], // an offset: not a LeadSquared style
    ['2023-04-06 10:00:00.1234'],
  ])('%j -> null', (text) => {
    expect(parseLeadSquaredDate(text)).toBeNull();
  });

  it('reads both styles of the same instant alike', () => {
    expect(parseLeadSquaredDate('3/6/2018 6:55:46 AM')).toBe(
      parseLeadSquaredDate('2018-03-06 06:55:46.000'),
    );
  });
});

describe('formatLeadSquaredDate', () => {
  it.each<[string | Date, string]>([
    ['2024-05-01T12:34:56.789Z', '2024-05-01 12:34:56'],
    ['2024-05-01T00:00:00Z', '2024-05-01 00:00:00'],
    ['2024-05-01T14:00:00+02:00', '2024-05-01 12:00:00'], // converted to UTC
    ['2024-05-01T01:00:00-03:30', '2024-05-01 04:30:00'],
    ['2023-12-31T23:30:00-01:00', '2024-01-01 00:30:00'], // crosses the year in UTC
    [new Date(Date.UTC(2020, 1, 29, 9, 8, 7)), '2020-02-29 09:08:07'],
  ])('%j -> %j', (input, expected) => {
    expect(formatLeadSquaredDate(input)).toBe(expected);
  });

  it('round-trips through parseLeadSquaredDate to the second', () => {
    const iso = '2024-05-01T12:34:56.000Z';
    expect(parseLeadSquaredDate(formatLeadSquaredDate(iso))).toBe(iso);
  });
});
