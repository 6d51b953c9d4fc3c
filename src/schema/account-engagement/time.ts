/**
 * Instants as the Account Engagement API reads them in filters and writes: `YYYY-MM-DD HH:MM:SS`
 * (docs/upstreams/account-engagement.md#date-filters, "GNU date input syntax"), in UTC, which is
 * the zone the API user must have (the mapper reads answers the same way, see
 * sources/account-engagement/mapper.ts).
 *
 * The API keeps whole seconds and its date filters are strict (`>` / `<`), so a bound with a
 * fraction of a second is rounded towards the window's outside: `after` down and `before` up.
 * Created at 10:00:00 is not after 10:00:00.5 and is before it; `> 10:00:00` and `< 10:00:01` say
 * exactly that.
 */
export type SecondRounding = 'floor' | 'ceil';

export function toAccountEngagementTime(instant: Date, rounding: SecondRounding = 'floor'): string {
  const ms = instant.getTime();
  const seconds = rounding === 'floor' ? Math.floor(ms / 1_000) : Math.ceil(ms / 1_000);
  return new Date(seconds * 1_000).toISOString().slice(0, 19).replace('T', ' ');
}
