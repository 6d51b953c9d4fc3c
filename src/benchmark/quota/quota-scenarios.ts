import { formatGlobalId } from '../../core/domain/ids.js';
import type { SeededSimulators } from '../seeded-simulators.js';

/** One GraphQL request of a quota-bound scenario. */
export interface BenchRequest {
  /** `page`: the merged listing (what pages/s counts); `lookup`: one opportunity by id. */
  readonly kind: 'page' | 'lookup';
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Look-ups: the id the answer must carry, else it counts as a wrong answer. */
  readonly expectId?: string;
}

export interface QuotaScenario {
  readonly name: string;
  readonly replicas: 1 | 2;
  /** On one Redis (shared quotas, cache, calls), else each replica on its own memory. */
  readonly redis: boolean;
  /**
   * `dashboard`: clients in a loop for a fixed time, each with one request in flight;
   * `sweep`: every request at once, once.
   */
  readonly load: 'dashboard' | 'sweep';
  /** Settings of this scenario on top of the default ones. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Every cache TTL at 0: the baseline, measured in the same run, of what caching saves. */
const CACHE_OFF: Readonly<Record<string, string>> = Object.fromEntries(
  ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'].flatMap((prefix) => [
    [`${prefix}_CACHE_RECORD_TTL_MS`, '0'],
    [`${prefix}_CACHE_LISTING_TTL_MS`, '0'],
  ]),
);

export const QUOTA_SCENARIOS: readonly QuotaScenario[] = [
  { name: 'dashboard, cache off', replicas: 1, redis: false, load: 'dashboard', env: CACHE_OFF },
  { name: 'dashboard', replicas: 1, redis: false, load: 'dashboard' },
  { name: 'bulk sweep', replicas: 1, redis: false, load: 'sweep' },
  { name: 'dashboard, 2 replicas', replicas: 2, redis: true, load: 'dashboard' },
  { name: 'bulk sweep, 2 replicas', replicas: 2, redis: true, load: 'sweep' },
];

/** Merged page size of the dashboard. */
export const PAGE_SIZE = 20;
/** Look-ups of the sweep, and how many distinct LeadSquared ids they ask for. */
export const SWEEP_LOOKUPS = 60;
export const SWEEP_DISTINCT_IDS = 30;

const PAGE = `query Dashboard($first: Int!) { opportunities(first: $first) { nodes { id source name stage createdAt } } }`;
const LOOKUP = `query Lookup($id: ID!) { opportunity(id: $id) { id source name stage } }`;

const lookup = (id: string): BenchRequest => ({
  kind: 'lookup',
  query: LOOKUP,
  variables: { id },
  expectId: id,
});

/** `count` items spread evenly over `items` (every event code, not the first one only). */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return Array.from({ length: count }, (_, index) => items[(index * step) % items.length]!);
}

function lsqIds(seeded: SeededSimulators, count: number): string[] {
  return spread(seeded.leadSquared.data.opportunities, count).map((record) =>
    formatGlobalId({
      kind: 'lsq-opportunity',
      eventCode: record.EventCode,
      prospectActivityId: record.ProspectActivityId,
    }),
  );
}

/**
 * What a dashboard reads over and over: the merged page, and between two pages one of a few
 * opportunities by id (one Partner Central, one Account Engagement, two LeadSquared).
 */
export function dashboardCycle(seeded: SeededSimulators): BenchRequest[] {
  const page: BenchRequest = { kind: 'page', query: PAGE, variables: { first: PAGE_SIZE } };
  const ids = [
    formatGlobalId({
      kind: 'pc-opportunity',
      catalog: 'AWS',
      opportunityId: seeded.partnerCentral.data.AWS.opportunities[20]!.Id!,
    }),
    formatGlobalId({
      kind: 'ae-opportunity',
      opportunityId: seeded.accountEngagement.data.liveOpportunities()[20]!.id,
    }),
    ...lsqIds(seeded, 2),
  ];
  return ids.flatMap((id) => [page, lookup(id)]);
}

/** 60 look-ups at once of 30 distinct LeadSquared ids (each asked twice), over every event code. */
export function sweepRequests(seeded: SeededSimulators): BenchRequest[] {
  const ids = lsqIds(seeded, SWEEP_DISTINCT_IDS);
  return Array.from({ length: SWEEP_LOOKUPS }, (_, index) => lookup(ids[index % ids.length]!));
}
