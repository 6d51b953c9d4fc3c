/**
 * LeadSquared writes UTC times in two styles (docs/upstreams/leadsquared.md#dates-and-times):
 * "4/6/2023 3:23:34 PM" from GetOpportunitiesById and "2018-03-06 06:55:46.000" from the lead and
 * list endpoints. Both become ISO 8601; anything else is passed over as null rather than guessed
 * at.
 */
const US_STYLE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)$/i;
const SQL_STYLE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z?$/;

export function parseLeadSquaredDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  let match = US_STYLE.exec(text);
  if (match) {
    const [, month, day, year, hour, minute, second, half] = match;
    // A 12-hour clock runs 1..12; "13:00:00 PM" or "0:30:00 AM" is not guessed at.
    if (+hour! < 1 || +hour! > 12) return null;
    const h12 = Number(hour) % 12;
    const hours = half!.toUpperCase() === 'PM' ? h12 + 12 : h12;
    return iso(+year!, +month!, +day!, hours, +minute!, +second!, 0);
  }
  match = SQL_STYLE.exec(text);
  if (match) {
    const [, year, month, day, hour, minute, second, millis] = match;
    return iso(
      +year!,
      +month!,
      +day!,
      +hour!,
      +minute!,
      +second!,
      Number((millis ?? '0').padEnd(3, '0')),
    );
  }
  return null;
}

function iso(
  year: number,
  month: number,
  day: number,
  h: number,
  m: number,
  s: number,
  ms: number,
) {
  const date = new Date(Date.UTC(year, month - 1, day, h, m, s, ms));
  // Reject impossible dates such as 2/31 or 10:75:00 instead of letting Date roll them over
  // (a minute of 75 would otherwise silently become the next hour; Date.UTC reads year 23 as 1923).
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day ||
    date.getUTCHours() !== h ||
    date.getUTCMinutes() !== m ||
    date.getUTCSeconds() !== s
  ) {
    return null;
  }
  return date.toISOString();
}

/**
 * Filter values go upstream as "YYYY-MM-DD HH:MM:SS" in UTC
 * (docs/upstreams/leadsquared.md#dates-and-times).
 */
export function formatLeadSquaredDate(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
