/**
 * LeadSquared writes dates differently per endpoint, all in UTC
 * (docs/upstreams/leadsquared.md#dates-and-times): GetOpportunitiesById answers
 * "4/6/2023 3:23:34 PM" (its documentation's sample), the list and lead retrieval endpoints answer
 * "2018-03-06 06:55:46.000", and date inputs are "YYYY-MM-DD HH:MM:SS".
 */
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** "M/D/YYYY h:mm:ss AM/PM": no leading zeros on month, day and hour; 12-hour clock. */
export function formatUsDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  const hours24 = date.getUTCHours();
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const meridiem = hours24 < 12 ? 'AM' : 'PM';
  return (
    `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ` +
    `${hours12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${meridiem}`
  );
}

/** "YYYY-MM-DD HH:MM:SS.000" (lead retrieval style). */
export function formatSqlDateTime(isoInstant: string): string {
  return isoInstant.slice(0, 23).replace('T', ' ');
}

const SQL_INPUT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Parses a "YYYY-MM-DD HH:MM:SS" UTC input into epoch milliseconds; undefined when the text is not
 * in that shape or names an impossible date (2023-02-30).
 */
export function parseSqlDateTime(text: string): number | undefined {
  const match = SQL_INPUT.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(ms);
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return exact ? ms : undefined;
}
