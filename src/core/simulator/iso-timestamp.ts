/**
 * `new Date(ms).toISOString()` (`2024-05-01T12:34:56.789Z`), computed without a Date. Seeding
 * 100,000 records per stream formats about a million instants, and toISOString was a tenth of the
 * seeding time; this takes half as long. The string is built in one piece (String.fromCharCode),
 * so it is as compact and as quick to compare as the native one.
 *
 * The arithmetic covers the years 0000 to 9999 (four-digit years, as toISOString writes them);
 * anything else, fractions and NaN included, goes to toISOString itself, so the result (or the
 * RangeError) is always the native one.
 */
const DAY_MS = 86_400_000;
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;
const ZERO = 48;

/** Year, month (1-12) and day of a day count since 1970-01-01 (proleptic Gregorian). */
function civilDate(days: number): [number, number, number] {
  // Days since 0000-03-01, counted in 400-year eras of 146,097 days.
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const tens = (value: number): number => ZERO + Math.floor(value / 10);
const ones = (value: number): number => ZERO + (value % 10);

export function isoTimestamp(ms: number): string {
  if (!Number.isInteger(ms) || ms < FIRST_MS || ms > LAST_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const [year, month, day] = civilDate(days);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1_000);
  const millis = rest - seconds * 1_000;
  return String.fromCharCode(
    ZERO + Math.floor(year / 1_000),
    ones(Math.floor(year / 100)),
    ones(Math.floor(year / 10)),
    ones(year),
    45, // -
    tens(month),
    ones(month),
    45,
    tens(day),
    ones(day),
    84, // T
    tens(hours),
    ones(hours),
    58, // :
    tens(minutes),
    ones(minutes),
    58,
    tens(seconds),
    ones(seconds),
    46, // .
    ZERO + Math.floor(millis / 100),
    ones(Math.floor(millis / 10)),
    ones(millis),
    90, // Z
  );
}
