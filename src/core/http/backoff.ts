/**
 * Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * spreads retries of concurrent callers instead of letting them hit the upstream in lockstep.
 */
export function backoffDelayMs(
  attempt: number,
  baseMs = 100,
  capMs = 5_000,
  random = Math.random,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfterMs(
  header: string | undefined,
  now = Date.now(),
): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  // All three HTTP-date forms spell the month ("Wed, 21 Oct 2015 07:28:00 GMT"). Without this check
  // V8's lenient Date.parse reads junk such as "1.5", "-1" or "abc 1" as a date in 2001, i.e.
  // "retry now", and a throttled upstream would be hit again at once.
  if (!/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(header)) return undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
