/**
 * The reference the date scanners are held to: Date.UTC, with every field required to come back
 * as given, so a field out of its range (2/31, 10:60:00) is null instead of rolled over, and so
 * is a year below 100 (which Date.UTC reads as 19xx). An ISO 8601 instant otherwise.
 */
export function strictUtcIso(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms = 0,
): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return same ? date.toISOString() : null;
}

/** Minute and second pairs at and past their ranges' edges, for the scanners' field-edge cases. */
export const MINUTE_SECOND_EDGES = [
  [0, 0],
  [59, 59],
  [60, 0],
  [0, 60],
  [99, 99],
] as const;
