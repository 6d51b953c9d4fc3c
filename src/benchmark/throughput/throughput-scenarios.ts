import { formatGlobalId } from '../../core/domain/ids.js';
import { latencySettings } from '../latency-settings.js';
import type { SeededSimulators } from '../seeded-simulators.js';

/** A query sent, unchanged, to our server and to the baseline; `ids` reads its records' ids. */
export interface ThroughputScenario {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  ids(data: Record<string, unknown>): string[];
}

/** The event code of the listing and of the look-up; it has SIMULATOR_RECORDS opportunities. */
const EVENT_CODE = 12003;
export const LOOKUP_IDS = 2_000;

/**
 * The simulators' and our server's variables: the latency bench's (quotas far above the load,
 * every cache TTL 0), with enough LeadSquared records for the 2,000-id look-up.
 */
export function throughputEnv(): Record<string, string> {
  return { ...latencySettings(), SIMULATOR_RECORDS: String(LOOKUP_IDS) };
}

type Connection = { nodes: { id: string }[] } | null;
const connectionIds = (field: string) => (data: Record<string, unknown>) =>
  ((data[field] as Connection)?.nodes ?? []).map((node) => node.id);

/**
 * The three 20-item listings (one upstream call each) and 2,000 LeadSquared opportunities by id
 * (one GetOpportunitiesById call); the ids come from the seeded simulators, without a call.
 */
export function throughputScenarios(seeded: SeededSimulators): ThroughputScenario[] {
  const ids = seeded.leadSquared.data
    .opportunitiesOfType(EVENT_CODE)
    .slice(0, LOOKUP_IDS)
    .map((record) =>
      formatGlobalId({
        kind: 'lsq-opportunity',
        eventCode: EVENT_CODE,
        prospectActivityId: record.ProspectActivityId,
      }),
    );
  if (ids.length < LOOKUP_IDS) throw new Error(`only ${ids.length} LeadSquared opportunities`);
  return [
    {
      name: 'LeadSquared listing, 20',
      query: `{ leadSquaredOpportunities(eventCode: ${EVENT_CODE}, first: 20) { nodes { id name } } }`,
      variables: {},
      ids: connectionIds('leadSquaredOpportunities'),
    },
    {
      name: 'Partner Central listing, 20',
      query: '{ partnerCentralOpportunities(catalog: AWS, first: 20) { nodes { id name } } }',
      variables: {},
      ids: connectionIds('partnerCentralOpportunities'),
    },
    {
      name: 'Account Engagement listing, 20',
      query: '{ accountEngagementOpportunities(first: 20) { nodes { id name } } }',
      variables: {},
      ids: connectionIds('accountEngagementOpportunities'),
    },
    {
      name: `${LOOKUP_IDS.toLocaleString('en')} LeadSquared ids (nodes)`,
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }',
      variables: { ids },
      ids: (data) => (data.nodes as ({ id: string } | null)[]).map((node) => node?.id ?? 'null'),
    },
  ];
}

/** The headers every request carries: no-cache so the layer is measured, not the cache. */
export const REQUEST_HEADERS = {
  'content-type': 'application/json',
  'cache-control': 'no-cache',
} as const;

/** One request; throws on errors or a non-200 answer; returns the records' ids. */
export async function askOnce(url: string, scenario: ThroughputScenario): Promise<string[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: REQUEST_HEADERS,
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(
      `"${scenario.name}" at ${url}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return scenario.ids(body.data);
}
