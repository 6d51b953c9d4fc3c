import { utcIso } from '../../core/domain/utc-fields.js';

/*
 * Instants as the Account Engagement API writes and reads them: `YYYY-MM-DD HH:MM:SS` with no zone
 * designator (docs/upstreams/account-engagement.md#timestamps and #date-filters, "GNU date input
 * syntax"), in the API user's time zone. Both directions take it as UTC: set the API user's time
 * zone to UTC (README).
 */
/** Where `YYYY-MM-DD HH:MM:SS` has digits; the other places hold its separators. */
const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
const DASH = 0x2d;
const COLON = 0x3a;
const SPACE = 0x20;
const UPPER_T = 0x54;

const digitAt = (text: string, at: number): number => text.charCodeAt(at) - 0x30;
const twoDigits = (text: string, at: number): number =>
  digitAt(text, at) * 10 + digitAt(text, at + 1);

/**
 * An answer's timestamp as an ISO instant; null when absent or not a real date and time (a
 * field out of its range is null, not rolled over). Scanned by hand rather than with
 * `^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$` and a Date: every record read has
 * three of these, and the captures plus the Date were a twelfth of a listing's CPU
 * (docs/performance.md). test/unit/account-engagement/time-scan.test.ts holds it to the pattern.
 */
export function parseAccountEngagementTime(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  if (text.length !== 19) return null;
  for (const at of DIGIT_AT) {
    const digit = digitAt(text, at);
    if (digit < 0 || digit > 9) return null;
  }
  const separator = text.charCodeAt(10);
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return null;
  if (separator !== SPACE && separator !== UPPER_T) return null;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return null;
  return utcIso({
    year: twoDigits(text, 0) * 100 + twoDigits(text, 2),
    month: twoDigits(text, 5),
    day: twoDigits(text, 8),
    hour: twoDigits(text, 11),
    minute: twoDigits(text, 14),
    second: twoDigits(text, 17),
    millisecond: 0,
  });
}

/**
 * The API keeps whole seconds and its date filters are strict (`>` / `<`), so a bound with a
 * fraction of a second is rounded towards the window's outside: `after` down and `before` up.
 * Created at 10:00:00 is not after 10:00:00.5 and is before it; `> 10:00:00` and `< 10:00:01` say
 * exactly that.
 */
export type SecondRounding = 'floor' | 'ceil';

/** An instant as a filter bound or a written field value. */
export function toAccountEngagementTime(instant: Date, rounding: SecondRounding = 'floor'): string {
  const ms = instant.getTime();
  const seconds = rounding === 'floor' ? Math.floor(ms / 1_000) : Math.ceil(ms / 1_000);
  return new Date(seconds * 1_000).toISOString().slice(0, 19).replace('T', ' ');
}
