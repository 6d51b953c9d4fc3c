import { formatGlobalId } from '../../core/domain/ids.js';
import { latencySettings } from '../latency-settings.js';
import type { SeededSimulators } from '../seeded-simulators.js';
import {
  checkCreatedAfterAll,
  createdAfterInstants,
  LOOKUP_EVENT_CODES,
} from './throughput-variants.js';

/**
 * A query sent, unchanged, to our server and to the baseline, each request with one of its
 * variants' variables; `ids` reads its records' ids.
 */
export interface ThroughputScenario {
  readonly name: string;
  readonly query: string;
  /**
   * Variables per request: each variant asks as many records as the others, in an upstream call
   * of its own (throughput-variants.ts says why).
   */
  readonly variants: readonly Record<string, unknown>[];
  /** How many records every variant answers. */
  readonly records: number;
  ids(data: Record<string, unknown>): string[];
}

/** The event code of the listing; it has SIMULATOR_RECORDS opportunities, as every code has. */
export const EVENT_CODE = 12003;
export const LOOKUP_IDS = 2_000;
export const PAGE = 20;

/**
 * The simulators' and our server's variables: the latency bench's (quotas far above the load,
 * every cache TTL 0), with 2,000 LeadSquared opportunities per event code for the look-up's
 * variants, one code each. LeadSquared's window is 100 ms, not 5 s: 10,000 calls (the most the
 * setting takes) per 5 s is 2,000 a second, which the baseline's listing passes, and a throttled
 * answer must not be what the bench times.
 */
export function throughputEnv(): Record<string, string> {
  return {
    ...latencySettings(),
    LEADSQUARED_QUOTA_WINDOW_MS: '100',
    SIMULATOR_RECORDS: String(LOOKUP_IDS),
    LEADSQUARED_EVENT_CODES: LOOKUP_EVENT_CODES.join(','),
  };
}

/** What `ids` reads for a null node. */
const MISSING = 'null';

type Connection = { nodes: { id: string }[] } | null;
const connectionIds = (field: string) => (data: Record<string, unknown>) =>
  ((data[field] as Connection)?.nodes ?? []).map((node) => node.id);

/** The 2,000 opportunities of each look-up event code, as global ids; read without a call. */
function lookupVariants(seeded: SeededSimulators): Record<string, unknown>[] {
  return LOOKUP_EVENT_CODES.map((eventCode) => {
    const ids = seeded.leadSquared.data
      .opportunitiesOfType(eventCode)
      .slice(0, LOOKUP_IDS)
      .map((record) =>
        formatGlobalId({
          kind: 'lsq-opportunity',
          eventCode,
          prospectActivityId: record.ProspectActivityId,
        }),
      );
    if (ids.length < LOOKUP_IDS) {
      throw new Error(`only ${ids.length} LeadSquared opportunities of type ${eventCode}`);
    }
    return { ids };
  });
}

/**
 * The three 20-item listings (one upstream call each, its variant's `createdAfter` filter
 * excluding no seeded record) and 2,000 LeadSquared opportunities by id (one GetOpportunitiesById
 * call, a variant per event code); the ids and creation times come from the seeded simulators,
 * without a call.
 */
export function throughputScenarios(seeded: SeededSimulators): ThroughputScenario[] {
  const instants = createdAfterInstants();
  checkCreatedAfterAll(
    'LeadSquared',
    instants,
    seeded.leadSquared.data.opportunitiesOfType(EVENT_CODE).map((record) => record.CreatedOn),
  );
  checkCreatedAfterAll(
    'Partner Central',
    instants,
    seeded.partnerCentral.data.AWS.opportunities.map((record) => record.CreatedDate),
  );
  checkCreatedAfterAll(
    'Account Engagement',
    instants,
    seeded.accountEngagement.data.opportunities.map((record) => record.created_at),
  );
  return [
    {
      name: 'LeadSquared listing, 20',
      query: `query($filter: LeadSquaredOpportunityFilter) { leadSquaredOpportunities(eventCode: ${EVENT_CODE}, first: ${PAGE}, filter: $filter) { nodes { id name } } }`,
      variants: instants.map((createdAfter) => ({ filter: { createdAfter } })),
      records: PAGE,
      ids: connectionIds('leadSquaredOpportunities'),
    },
    {
      // Partner Central is asked for a page of 100 whatever `first` is: the filter, not the page
      // size, is what makes the calls distinct.
      name: 'Partner Central listing, 20',
      query: `query($filter: PartnerCentralOpportunityFilter) { partnerCentralOpportunities(catalog: AWS, first: ${PAGE}, filter: $filter) { nodes { id name } } }`,
      variants: instants.map((createdAfter) => ({ filter: { createdAfter } })),
      records: PAGE,
      ids: connectionIds('partnerCentralOpportunities'),
    },
    {
      name: 'Account Engagement listing, 20',
      query: `query($filter: AccountEngagementOpportunityFilter) { accountEngagementOpportunities(first: ${PAGE}, filter: $filter) { nodes { id name } } }`,
      variants: instants.map((at) => ({ filter: { createdAfter: { at } } })),
      records: PAGE,
      ids: connectionIds('accountEngagementOpportunities'),
    },
    {
      name: `${LOOKUP_IDS.toLocaleString('en')} LeadSquared ids (nodes)`,
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }',
      variants: lookupVariants(seeded),
      records: LOOKUP_IDS,
      ids: (data) => (data.nodes as ({ id: string } | null)[]).map((node) => node?.id ?? MISSING),
    },
  ];
}

/** The headers every request carries: no-cache so the layer is measured, not the cache. */
export const REQUEST_HEADERS = {
  'content-type': 'application/json',
  'cache-control': 'no-cache',
} as const;

/** The request body of a scenario's variant, as both servers and autocannon send it. */
export function requestBody(scenario: ThroughputScenario, variant: number): string {
  const variables = scenario.variants[variant % scenario.variants.length];
  return JSON.stringify({ query: scenario.query, variables });
}

/**
 * One request with the given variant (the first by default); throws on errors, a non-200 answer,
 * a null node, or fewer or more records than the scenario's; returns the records' ids.
 */
export async function askOnce(
  url: string,
  scenario: ThroughputScenario,
  variant = 0,
): Promise<string[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: REQUEST_HEADERS,
    body: requestBody(scenario, variant),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const where = `"${scenario.name}" (variant ${variant}) at ${url}`;
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`${where}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  const ids = scenario.ids(body.data);
  const missing = ids.filter((id) => id === MISSING).length;
  if (ids.length !== scenario.records || missing > 0) {
    throw new Error(`${where}: ${ids.length} records (${missing} null), not ${scenario.records}`);
  }
  return ids;
}
