import { utcIso } from '../../core/domain/utc-fields.js';

/**
 * LeadSquared writes UTC times in two styles (docs/upstreams/leadsquared.md#dates-and-times):
 * "4/6/2023 3:23:34 PM" from GetOpportunitiesById and "2018-03-06 06:55:46.000" from the lead and
 * list endpoints. Both become ISO 8601; anything else is passed over as null rather than guessed
 * at.
 *
 * Read by hand rather than with the two patterns below and a Date: every record mapped reads its
 * dates, and regex captures plus a Date cost several times this scan. The scan accepts exactly the
 * strings the patterns match (a run of ASCII digits stands for `\d{m,n}`, since every pattern
 * follows its digits with a non-digit); test/unit/leadsquared/dates-scan.test.ts holds it to them.
 *
 *   M/D/YYYY h:mm:ss AM|PM      ^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)$  (i)
 *   YYYY-MM-DD HH:MM:SS[.fff]   ^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z?$
 */
export function parseLeadSquaredDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const usStyle = readUsStyle(text);
  return usStyle !== NOT_THIS_STYLE ? usStyle : readSqlStyle(text);
}

const NOT_THIS_STYLE = Symbol('not this style');
const NO_MATCH = -1;

function readUsStyle(text: string): string | null | typeof NOT_THIS_STYLE {
  const monthEnd = digits(text, 0, 1, 2);
  if (!followedBy(text, monthEnd, SLASH)) return NOT_THIS_STYLE;
  const dayEnd = digits(text, monthEnd + 1, 1, 2);
  if (!followedBy(text, dayEnd, SLASH)) return NOT_THIS_STYLE;
  const yearEnd = digits(text, dayEnd + 1, 4, 4);
  if (!followedBy(text, yearEnd, SPACE)) return NOT_THIS_STYLE;
  const hourEnd = digits(text, yearEnd + 1, 1, 2);
  if (!followedBy(text, hourEnd, COLON)) return NOT_THIS_STYLE;
  const minuteEnd = digits(text, hourEnd + 1, 2, 2);
  if (!followedBy(text, minuteEnd, COLON)) return NOT_THIS_STYLE;
  const secondEnd = digits(text, minuteEnd + 1, 2, 2);
  if (!followedBy(text, secondEnd, SPACE)) return NOT_THIS_STYLE;
  // [AP]M under the i flag: a, A, p or P, then m or M, then the end.
  const half = text.charCodeAt(secondEnd + 1) | LOWER_CASE_BIT;
  if (half !== LOWER_A && half !== LOWER_P) return NOT_THIS_STYLE;
  if ((text.charCodeAt(secondEnd + 2) | LOWER_CASE_BIT) !== LOWER_M) return NOT_THIS_STYLE;
  if (text.length !== secondEnd + 3) return NOT_THIS_STYLE;
  const hour = number(text, yearEnd + 1, hourEnd);
  // A 12-hour clock runs 1..12; "13:00:00 PM" or "0:30:00 AM" is not guessed at.
  if (hour < 1 || hour > 12) return null;
  return utcIso({
    year: number(text, dayEnd + 1, yearEnd),
    month: number(text, 0, monthEnd),
    day: number(text, monthEnd + 1, dayEnd),
    hour: half === LOWER_P ? (hour % 12) + 12 : hour % 12,
    minute: number(text, hourEnd + 1, minuteEnd),
    second: number(text, minuteEnd + 1, secondEnd),
    millisecond: 0,
  });
}

function readSqlStyle(text: string): string | null {
  if (!fixedDigits(text, 0, 4) || text.charCodeAt(4) !== DASH) return null;
  if (!fixedDigits(text, 5, 2) || text.charCodeAt(7) !== DASH) return null;
  if (!fixedDigits(text, 8, 2)) return null;
  const separator = text.charCodeAt(10);
  if (separator !== SPACE && separator !== UPPER_T) return null;
  if (!fixedDigits(text, 11, 2) || text.charCodeAt(13) !== COLON) return null;
  if (!fixedDigits(text, 14, 2) || text.charCodeAt(16) !== COLON) return null;
  if (!fixedDigits(text, 17, 2)) return null;
  let at = 19;
  let millisecond = 0;
  if (text.charCodeAt(at) === DOT) {
    const end = digits(text, at + 1, 1, 3);
    if (end === NO_MATCH) return null;
    // ".5" is 500 ms: the fraction's digits padded to three, as Number("5".padEnd(3, "0")).
    millisecond = number(text, at + 1, end) * 10 ** (3 - (end - at - 1));
    at = end;
  }
  if (text.charCodeAt(at) === UPPER_Z) at += 1;
  if (text.length !== at) return null;
  return utcIso({
    year: number(text, 0, 4),
    month: number(text, 5, 7),
    day: number(text, 8, 10),
    hour: number(text, 11, 13),
    minute: number(text, 14, 16),
    second: number(text, 17, 19),
    millisecond,
  });
}

const SLASH = 0x2f;
const SPACE = 0x20;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const UPPER_T = 0x54;
const UPPER_Z = 0x5a;
const LOWER_A = 0x61;
const LOWER_M = 0x6d;
const LOWER_P = 0x70;
/** `| 0x20` folds A-Z onto a-z; no other code lands on a, m or p. */
const LOWER_CASE_BIT = 0x20;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** End of the run of ASCII digits at `start` when it is `min` to `max` long, else NO_MATCH. */
function digits(text: string, start: number, min: number, max: number): number {
  let end = start;
  while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
  const length = end - start;
  return length >= min && length <= max ? end : NO_MATCH;
}

function fixedDigits(text: string, start: number, length: number): boolean {
  for (let at = start; at < start + length; at += 1)
    if (!isDigit(text.charCodeAt(at))) return false;
  return true;
}

function followedBy(text: string, end: number, code: number): boolean {
  return end !== NO_MATCH && text.charCodeAt(end) === code;
}

/** The value of the ASCII digits from `start` to `end`. */
function number(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at += 1) value = value * 10 + text.charCodeAt(at) - 0x30;
  return value;
}

/**
 * Filter values go upstream as "YYYY-MM-DD HH:MM:SS" in UTC
 * (docs/upstreams/leadsquared.md#dates-and-times).
 */
export function formatLeadSquaredDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
