import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphqlExplorer } from '../config.js';
import { EXAMPLE_OPERATION } from './example-operation.js';

/**
 * GraphiQL as Apollo's landing page, so Apollo keeps deciding when a request wants HTML (GET with
 * Accept: text/html) and every other request still meets CSRF prevention. The page is the one
 * @graphql-yoga/render-graphiql builds: its script, styles, fonts, favicon and editor workers are
 * all inline in the HTML, so nothing is fetched from anywhere but this server.
 */
function graphiqlLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Loaded only when chosen: the module is ~9 MB of inlined assets.
      const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
      const html = renderGraphiQL({
        title: 'opportunity-graph GraphiQL',
        endpoint: '/graphql',
        defaultQuery: EXAMPLE_OPERATION,
      });
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/** The landing page plugin for GRAPHQL_EXPLORER; `off` installs Apollo's disabled one. */
export function explorerPlugin(explorer: GraphqlExplorer): ApolloServerPlugin {
  switch (explorer) {
    case 'sandbox':
      return ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        document: EXAMPLE_OPERATION,
      });
    case 'graphiql':
      return graphiqlLandingPage();
    case 'off':
      return ApolloServerPluginLandingPageDisabled();
  }
}
