/**
 * The checks and printing `new Date(Date.UTC(...))` plus `toISOString()` would do for a calendar
 * date and time, done with arithmetic: a look-up of 2,000 opportunities reads 2,000 dates, and a
 * Date per date (with its round trip through a time value) cost more than the rest of the record.
 * The answers are the same: a field out of its range (2/31, 10:75:00) is null rather than rolled
 * over, and so is a year below 100 (which Date.UTC would read as 19xx).
 */
export interface UtcFields {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** ISO 8601 in UTC (`2023-04-06T15:23:34.000Z`), or null when the fields name no instant. */
export function utcIso(fields: UtcFields): string | null {
  const { year, month, day, hour, minute, second, millisecond } = fields;
  if (year < 100 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || millisecond > 999) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(millisecond, 3)}Z`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The proleptic Gregorian calendar, as Date uses. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
