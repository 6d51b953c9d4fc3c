import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context.js';
import { CostEstimateFailure, CostEstimator } from './estimate-cost.js';

/** Apollo Router's demand-control codes, so a client handles both refusals alike. */
export const CostCode = {
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  COST_QUERY_PARSE_FAILURE: 'COST_QUERY_PARSE_FAILURE',
} as const;

/**
 * Prices every operation once it is resolved and refuses one over `maxCost` before any resolver
 * (so any upstream call) runs. The refusal names the estimate and the budget, in the message and
 * as `extensions.cost` ({ estimated, max }), the shape Hive Gateway uses for the same code.
 * Synchronous: it settles before the auth plugin's token check, like the validation limits, as
 * the price of a document does not depend on who sends it.
 */
export function costPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin<Context> {
  const estimator = new CostEstimator(schema);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          if (maxCost <= 0) return;
          let estimated: number;
          try {
            estimated = estimator.estimate(document, operationName, request.variables ?? {});
          } catch (error) {
            if (!(error instanceof CostEstimateFailure)) throw error;
            throw new GraphQLError(`The operation cannot be priced: ${error.message}`, {
              extensions: { code: CostCode.COST_QUERY_PARSE_FAILURE, http: { status: 400 } },
            });
          }
          if (estimated <= maxCost) return;
          contextValue.logger.info(
            { cost: { estimated, max: maxCost } },
            'operation too expensive',
          );
          throw new GraphQLError(
            `The operation's estimated cost ${estimated} exceeds the maximum ${maxCost} (MAX_QUERY_COST): ask for fewer records (smaller first, fewer ids or aliases, less nesting)`,
            {
              extensions: {
                code: CostCode.COST_ESTIMATED_TOO_EXPENSIVE,
                cost: { estimated, max: maxCost },
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
