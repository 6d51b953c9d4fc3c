import { startJsonPostServer, type LoopbackServer } from '../json-post-server.js';
import { baselineContext } from '../baseline/schema.js';
import type { BaselineOpportunity, BaselineUpstreams } from '../baseline/upstreams.js';
import { EVENT_CODE, PAGE } from '../throughput-scenarios.js';

/**
 * The floor: what a server costs that makes each scenario's upstream call and nothing else. No
 * GraphQL at all: the query text only picks the scenario (its fixed arguments are the
 * scenarios'), the variables are read as sent, the baseline's upstream client makes the same
 * call, and the answer is the `{ data }` both servers give. Its requests per second are the most
 * any server over these upstreams reaches on the machine of the run, with the simulators and
 * autocannon on the same cores: a ceiling for the ratios, not a server anyone would deploy.
 */
type Variables = {
  filter?: { createdAfter?: string | { at?: string | null } | null } | null;
  ids?: string[];
};

const nodesOf = (records: BaselineOpportunity[]) =>
  records.map((record) => ({ id: record.id, name: record.name }));

export function startFloorServer(upstreams: BaselineUpstreams): Promise<LoopbackServer> {
  const routes: Record<string, (variables: Variables) => Promise<unknown>> = {
    leadSquaredOpportunities: async ({ filter }) => ({
      nodes: nodesOf(
        await upstreams.leadSquaredListing(EVENT_CODE, PAGE, filter?.createdAfter as string),
      ),
    }),
    partnerCentralOpportunities: async ({ filter }) => ({
      nodes: nodesOf(
        await upstreams.partnerCentralListing('AWS', PAGE, filter?.createdAfter as string),
      ),
    }),
    accountEngagementOpportunities: async ({ filter }) => ({
      nodes: nodesOf(
        await upstreams.accountEngagementListing(
          PAGE,
          (filter?.createdAfter as { at?: string | null } | null)?.at,
        ),
      ),
    }),
    // The baseline's per-request DataLoader: one GetOpportunitiesById per event code.
    nodes: async ({ ids }) => {
      const found = await baselineContext(upstreams).leadSquaredById.loadMany(ids ?? []);
      return found.map((record) =>
        record instanceof Error || record === null ? null : { id: record.id, name: record.name },
      );
    },
  };
  return startJsonPostServer(async ({ query, variables }) => {
    const field = Object.keys(routes).find((name) => query.includes(`${name}(`));
    if (field === undefined) throw new Error('not a throughput scenario');
    return { data: { [field]: await routes[field]!((variables ?? {}) as Variables) } };
  });
}
