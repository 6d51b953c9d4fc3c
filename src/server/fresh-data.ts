import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether the caller asked not to be served cached data: `Cache-Control: no-cache` (or
 * `max-age=0`, which browsers send on reload) as RFC 9111 section 5.2.1 defines for requests, and
 * the older `Pragma: no-cache`.
 */
export function asksForFreshData(headers: IncomingHttpHeaders): boolean {
  const directives = String(headers['cache-control'] ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ''));
  if (directives.some((d) => d === 'no-cache' || d === 'no-store' || d === 'max-age=0'))
    return true;
  return /(^|,)\s*no-cache\s*(,|$)/i.test(String(headers.pragma ?? ''));
}
