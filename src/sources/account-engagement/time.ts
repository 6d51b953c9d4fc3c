/*
 * Instants as the Account Engagement API writes and reads them: `YYYY-MM-DD HH:MM:SS` with no zone
 * designator (docs/upstreams/account-engagement.md#timestamps and #date-filters, "GNU date input
 * syntax"), in the API user's time zone. Both directions take it as UTC: set the API user's time
 * zone to UTC (README).
 */

/** An answer's timestamp as an ISO instant; null when absent or not a real date and time. */
export function parseAccountEngagementTime(value: string | null): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d ? null : date.toISOString();
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
