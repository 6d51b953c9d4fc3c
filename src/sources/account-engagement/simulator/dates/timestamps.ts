/**
 * Timestamps on the wire are `YYYY-MM-DD HH:MM:SS` without a zone
 * (docs/upstreams/account-engagement.md#timestamps); the API
 * writes them "in the API user's time zone". The simulated API user's zone is UTC, so every
 * stored and rendered timestamp is UTC and the strings sort chronologically.
 */
const WIRE_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** Epoch ms of a stored timestamp; throws on anything else (stored values are always well-formed). */
export function timestampMs(value: string): number {
  const match = WIRE_TIMESTAMP.exec(value);
  if (match === null) throw new Error(`not a wire timestamp: ${value}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}

/** 00:00:00 UTC of the day `ms` falls in, moved by `days`. */
export function startOfUtcDay(ms: number, days = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + days);
}

/** 00:00:00 UTC on the 1st of the month `ms` falls in, moved by `months`. */
export function startOfUtcMonth(ms: number, months = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/** `YYYY-MM-DD` of the UTC day, used as the daily quota's key. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
