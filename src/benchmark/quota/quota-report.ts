import { formatTable } from '../report.js';
import type { LoadResult } from './load.js';
import type { QuotaScenario } from './quota-scenarios.js';
import type { UpstreamFigures } from './upstream-figures.js';

export interface QuotaRow {
  readonly scenario: QuotaScenario;
  readonly load: LoadResult;
  readonly upstream: UpstreamFigures;
  /** Requests the replicas logged, and those whose own log line counts no upstream call. */
  readonly logged: { readonly requests: number; readonly withoutCall: number };
}

const HEADERS = [
  'scenario',
  'replicas',
  'requests',
  'errors',
  'wrong',
  'seconds',
  'pages/s',
  'req/s',
  'calls/1k req',
  'LSQ calls/1k',
  'no-call %',
  'LSQ max/window',
  'PC max/s/op',
  'AE in flight',
  '429s',
  'other !2xx',
  'AE tokens',
];

const perThousand = (count: number, requests: number) =>
  requests === 0 ? '-' : ((1_000 * count) / requests).toFixed(0);

function cells({ scenario, load, upstream, logged }: QuotaRow): string[] {
  const { outcomes, seconds } = load;
  const requests = outcomes.length;
  const pages = outcomes.filter((o) => o.kind === 'page' && o.result === 'ok').length;
  return [
    scenario.name,
    `${scenario.replicas}${scenario.redis ? ' on Redis' : ''}`,
    String(requests),
    String(outcomes.filter((o) => o.result === 'error').length),
    String(outcomes.filter((o) => o.result === 'wrong').length),
    seconds.toFixed(1),
    scenario.load === 'dashboard' ? (pages / seconds).toFixed(1) : '-',
    (requests / seconds).toFixed(1),
    perThousand(upstream.calls, requests),
    perThousand(upstream.bySource.leadSquared, requests),
    logged.requests === 0 ? '-' : ((100 * logged.withoutCall) / logged.requests).toFixed(0),
    String(upstream.leadSquaredMaxInWindow),
    String(upstream.partnerCentralMaxPerSecond),
    String(upstream.accountEngagementMaxInFlight),
    String(upstream.throttled),
    String(upstream.otherFailures),
    String(upstream.tokenRequests),
  ];
}

/** Error codes seen per scenario, most frequent first ("UPSTREAM_THROTTLED x3"). */
function errorLines(rows: readonly QuotaRow[]): string[] {
  return rows.flatMap(({ scenario, load }) => {
    const counts = new Map<string, number>();
    for (const outcome of load.outcomes) {
      for (const code of outcome.errorCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    if (counts.size === 0) return [];
    const listed = [...counts].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} x${n}`);
    return [`errors in "${scenario.name}": ${listed.join(', ')}`];
  });
}

export function quotaTable(rows: readonly QuotaRow[], leadSquaredWindowMs: number): string {
  const legend = [
    'pages/s: merged pages answered in full per second; req/s: every request (pages and look-ups).',
    'calls/1k req: calls the simulators received (all sources, token requests included) per 1,000 GraphQL requests; LSQ: LeadSquared only.',
    'no-call %: share of requests whose own "graphql request" log line counts no upstream call: served from the cache, or by an identical call another request had in flight.',
    `LSQ max/window: most LeadSquared calls arriving in any ${leadSquaredWindowMs / 1_000} s (quota 25); PC max/s/op: most calls of one Partner Central operation in any second (quota 10 for reads); AE in flight: most Account Engagement API requests at once (limit 5).`,
    '429s: throttle answers of LeadSquared and Partner Central; other !2xx: every other failed answer (Account Engagement says 66, over 5 in flight, with a 400); AE tokens: access token requests.',
  ];
  return [formatTable(HEADERS, rows.map(cells)), '', ...legend, ...errorLines(rows)].join('\n');
}
