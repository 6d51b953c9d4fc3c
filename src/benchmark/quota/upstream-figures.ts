import type { RequestLogEntry } from '../../core/simulator/index.js';
import type { SourceKey } from '../../sources/registry.js';

/** What the simulators saw during a run, read from their request logs. */
export interface UpstreamFigures {
  /** Every call to every simulator, token requests included. */
  readonly calls: number;
  readonly bySource: Readonly<Record<SourceKey, number>>;
  /** Most LeadSquared calls that arrived in any `windowMs` (its account quota's window). */
  readonly leadSquaredMaxInWindow: number;
  /** Most calls of one Partner Central operation in any second (its quotas are per operation). */
  readonly partnerCentralMaxPerSecond: number;
  /** Most Account Engagement API requests in flight at once (it allows 5 per business unit). */
  readonly accountEngagementMaxInFlight: number;
  /** Answers with status 429 (LeadSquared's and Partner Central's throttle answer). */
  readonly throttled: number;
  /** Any other answer that is not 2xx (Account Engagement answers 400 with error 66 when over 5). */
  readonly otherFailures: number;
  /** Account Engagement access token requests (one per replica today, one per fleet on Redis). */
  readonly tokenRequests: number;
}

const TOKEN_OPERATION = 'oauth.token';

/** The most arrival times of `times` that fall in one window (t - windowMs, t]. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while (sorted[first]! <= sorted[last]! - windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** The most requests in flight at once; an unanswered one counts as in flight until `now`. */
export function maxInFlight(entries: readonly RequestLogEntry[], now = Date.now()): number {
  // Ends sort before starts at the same instant: an answer frees its slot for the next arrival.
  const events = entries.flatMap((entry) => [
    { at: entry.receivedAtMs, change: 1 },
    { at: entry.receivedAtMs + (entry.durationMs ?? now - entry.receivedAtMs), change: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  let current = 0;
  let most = 0;
  for (const { change } of events) {
    current += change;
    most = Math.max(most, current);
  }
  return most;
}

function maxPerOperation(entries: readonly RequestLogEntry[], windowMs: number): number {
  const byOperation = new Map<string, number[]>();
  for (const entry of entries) {
    const times = byOperation.get(entry.operation) ?? [];
    times.push(entry.receivedAtMs);
    byOperation.set(entry.operation, times);
  }
  const counts = [...byOperation.values()].map((times) => maxInWindow(times, windowMs));
  return Math.max(0, ...counts);
}

export function upstreamFigures(
  logs: Readonly<Record<SourceKey, readonly RequestLogEntry[]>>,
  leadSquaredWindowMs: number,
): UpstreamFigures {
  const all = Object.values(logs).flat();
  const api = logs.accountEngagement.filter((entry) => entry.operation !== TOKEN_OPERATION);
  const failed = (entry: RequestLogEntry) => entry.status !== 0 && entry.status >= 300;
  return {
    calls: all.length,
    bySource: Object.fromEntries(
      Object.entries(logs).map(([key, entries]) => [key, entries.length]),
    ) as Record<SourceKey, number>,
    leadSquaredMaxInWindow: maxInWindow(
      logs.leadSquared.map((entry) => entry.receivedAtMs),
      leadSquaredWindowMs,
    ),
    partnerCentralMaxPerSecond: maxPerOperation(logs.partnerCentral, 1_000),
    accountEngagementMaxInFlight: maxInFlight(api),
    throttled: all.filter((entry) => entry.status === 429).length,
    otherFailures: all.filter((entry) => failed(entry) && entry.status !== 429).length,
    tokenRequests: logs.accountEngagement.length - api.length,
  };
}
