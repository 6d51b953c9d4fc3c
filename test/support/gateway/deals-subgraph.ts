import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** A deal of the second subgraph: it references our entities by their global ids only. */
export interface Deal {
  id: string;
  title: string;
  opportunityId: string;
  contactId: string;
}

/**
 * The "deals" subgraph of the supergraph tests, as another team would write it: the example SDL of
 * docs/supergraph/deals.graphql (so the documented file is the tested one). It owns Deal, points at
 * our Opportunity and Prospect by `id` (the federation key), and adds `deals` to Opportunity
 * through @key, resolved from its own store.
 */
export const DEALS_SDL = readFileSync(
  new URL('../../../docs/supergraph/deals.graphql', import.meta.url),
  'utf8',
);

export interface RunningSubgraph {
  url: string;
  stop(): Promise<void>;
}

export async function startDealsSubgraph(deals: readonly Deal[]): Promise<RunningSubgraph> {
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(DEALS_SDL),
      resolvers: {
        Query: { deals: () => deals },
        Deal: {
          __resolveReference: (ref: { id: string }) => byId.get(ref.id) ?? null,
          opportunity: (deal: Deal) => ({ __typename: 'Opportunity', id: deal.opportunityId }),
          contact: (deal: Deal) => ({ __typename: 'Prospect', id: deal.contactId }),
        },
        Opportunity: {
          __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
          deals: (opportunity: { id: string }) =>
            deals.filter((deal) => deal.opportunityId === opportunity.id),
        },
      },
    },
  ]);
  // Tracing is for Apollo's usage reporting; here it would only print a start-up notice.
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
