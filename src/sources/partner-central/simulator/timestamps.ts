/**
 * `DateTime` members are RFC 3339 strings on the wire
 * (docs/upstreams/partner-central.md#scalars-and-timestamps). The simulator always answers
 * with milliseconds and `Z` (`2024-05-01T12:34:56.789Z`), and accepts in requests what RFC 3339
 * section 5.6 allows: `Z`/`z` or a ±hh:mm offset, `T`/`t`, and 1–9 fractional digits (cut to
 * milliseconds). Date-only, offset-less, space-separated and epoch-number values are rejected,
 * which is also what the SDK refuses to parse.
 */
import { isoTimestamp } from '../../../core/simulator/iso-timestamp.js';

const RFC_3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Epoch milliseconds of an RFC 3339 date-time, or undefined when the text is not one. */
export function parseRfc3339(value: string): number | undefined {
  const match = RFC_3339.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const [fraction, zulu, sign, offsetHour, offsetMinute] = match.slice(7);
  if (month === undefined || month < 1 || month > 12) return undefined;
  const monthDays = month === 2 && !isLeapYear(year ?? 0) ? 28 : DAYS_IN_MONTH[month - 1];
  if (day === undefined || day < 1 || day > (monthDays ?? 0)) return undefined;
  // Leap seconds (":60") are valid RFC 3339 but no JavaScript Date can hold them: rejected.
  if ((hour ?? 99) > 23 || (minute ?? 99) > 59 || (second ?? 99) > 59) return undefined;
  let offsetMinutes = 0;
  if (zulu === undefined) {
    const h = Number(offsetHour);
    const m = Number(offsetMinute);
    if (h > 23 || m > 59) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (h * 60 + m);
  }
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = Date.UTC(year ?? 0, month - 1, day, hour, minute, second, millis);
  return utc - offsetMinutes * 60_000;
}

/** The simulator's own timestamps: RFC 3339 with milliseconds, UTC (`Z`). */
export const formatTimestamp = (ms: number): string => isoTimestamp(ms);

/** A `Date` shape (`YYYY-MM-DD`, UTC calendar day) from epoch milliseconds. */
export const formatDate = (ms: number): string => isoTimestamp(ms).slice(0, 10);
