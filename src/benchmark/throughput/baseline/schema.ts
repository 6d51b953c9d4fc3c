import DataLoader from 'dataloader';
import { buildSchema, type GraphQLSchema } from 'graphql';
import type { BaselineOpportunity, BaselineUpstreams } from './upstreams.js';

/**
 * The baseline's schema: the fields of ours that the throughput scenarios ask for, with the same
 * names and arguments (of the filters, the one bound the scenarios' variants set), so one query
 * text and its variables run against both servers. DateTime is a plain custom scalar: graphql-js
 * hands the resolvers the string as sent.
 */
export const BASELINE_SDL = /* GraphQL */ `
  scalar DateTime
  enum Catalog {
    AWS
    Sandbox
  }
  input LeadSquaredOpportunityFilter {
    createdAfter: DateTime
  }
  input PartnerCentralOpportunityFilter {
    createdAfter: DateTime
  }
  input AccountEngagementDateBound {
    at: DateTime
  }
  input AccountEngagementOpportunityFilter {
    createdAfter: AccountEngagementDateBound
  }
  interface Node {
    id: ID!
  }
  type Opportunity implements Node {
    id: ID!
    name: String
  }
  type OpportunityConnection {
    nodes: [Opportunity!]!
  }
  type Query {
    leadSquaredOpportunities(
      eventCode: Int!
      first: Int = 20
      filter: LeadSquaredOpportunityFilter
    ): OpportunityConnection
    partnerCentralOpportunities(
      catalog: Catalog!
      first: Int = 20
      filter: PartnerCentralOpportunityFilter
    ): OpportunityConnection
    accountEngagementOpportunities(
      first: Int = 20
      filter: AccountEngagementOpportunityFilter
    ): OpportunityConnection
    nodes(ids: [ID!]!): [Node]!
  }
`;

export const baselineSchema: GraphQLSchema = buildSchema(BASELINE_SDL);

/** Per request, as DataLoader is meant to be used: batches the ids of one request. */
export interface BaselineContext {
  readonly leadSquaredById: DataLoader<string, BaselineOpportunity | null>;
}

/** `lsq:<event code>:<id>`; other sources' ids are not among the scenarios. */
function parseLeadSquaredId(id: string): { eventCode: number; id: string } | undefined {
  const match = /^lsq:(\d+):([0-9a-f-]+)$/i.exec(id);
  return match ? { eventCode: Number(match[1]), id: match[2]!.toLowerCase() } : undefined;
}

export function baselineContext(upstreams: BaselineUpstreams): BaselineContext {
  return {
    leadSquaredById: new DataLoader(
      async (ids: readonly string[]) => {
        const byCode = new Map<number, string[]>();
        for (const id of ids) {
          const parsed = parseLeadSquaredId(id);
          if (parsed)
            byCode.set(parsed.eventCode, [...(byCode.get(parsed.eventCode) ?? []), parsed.id]);
        }
        const found = new Map<string, BaselineOpportunity>();
        await Promise.all(
          [...byCode].map(async ([eventCode, codeIds]) => {
            for (const [key, value] of await upstreams.leadSquaredByIds(eventCode, codeIds)) {
              found.set(`${eventCode}:${key}`, value);
            }
          }),
        );
        return ids.map((id) => {
          const parsed = parseLeadSquaredId(id);
          return parsed ? (found.get(`${parsed.eventCode}:${parsed.id}`) ?? null) : null;
        });
      },
      { maxBatchSize: 2_000 },
    ),
  };
}

/** Root resolvers in graphql-js's default style: functions on the root value. */
export function baselineRoot(upstreams: BaselineUpstreams) {
  const connection = (nodes: Promise<BaselineOpportunity[]>) =>
    nodes.then((list) => ({ nodes: list }));
  return {
    leadSquaredOpportunities: (args: {
      eventCode: number;
      first: number;
      filter?: { createdAfter?: string | null } | null;
    }) =>
      connection(
        upstreams.leadSquaredListing(args.eventCode, args.first, args.filter?.createdAfter),
      ),
    partnerCentralOpportunities: (args: {
      catalog: string;
      first: number;
      filter?: { createdAfter?: string | null } | null;
    }) =>
      connection(
        upstreams.partnerCentralListing(args.catalog, args.first, args.filter?.createdAfter),
      ),
    accountEngagementOpportunities: (args: {
      first: number;
      filter?: { createdAfter?: { at?: string | null } | null } | null;
    }) => connection(upstreams.accountEngagementListing(args.first, args.filter?.createdAfter?.at)),
    nodes: (args: { ids: string[] }, context: BaselineContext) =>
      context.leadSquaredById
        .loadMany(args.ids)
        .then((results) => results.map((result) => (result instanceof Error ? null : result))),
  };
}
