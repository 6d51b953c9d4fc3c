import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { OperationNames } from './operation-names.js';
import { PREFIX } from './upstream-metrics.js';

/** A GraphQL request takes what its slowest upstream takes, quota waits included. */
const DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const LABELS = ['operation_name', 'operation_type'] as const;

/**
 * Counts GraphQL operations by name (bounded, see OperationNames) and type (query, mutation,
 * subscription, or `unknown` when the document did not parse or validate), their duration, and
 * the errors their responses carried by code, partial errors of a merged page included (register
 * it after the partial-errors plugin, which adds those to the response).
 */
export function graphqlMetricsPlugin(
  registry: Registry,
  names: OperationNames = new OperationNames(),
): ApolloServerPlugin {
  const registers = [registry];
  const operations = new Counter({
    name: `${PREFIX}graphql_operations_total`,
    help: 'GraphQL requests answered, by operation name and type',
    labelNames: LABELS,
    registers,
  });
  const duration = new Histogram({
    name: `${PREFIX}graphql_operation_duration_seconds`,
    help: 'Time from receiving a GraphQL request to sending its response',
    labelNames: LABELS,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: `${PREFIX}graphql_errors_total`,
    help: 'Errors in GraphQL responses (request errors and errors beside partial data), by code',
    labelNames: [...LABELS, 'code'] as const,
    registers,
  });
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, response }) {
          const labels = {
            operation_name: names.label(operation ? (operation.name?.value ?? '') : undefined),
            operation_type: operation?.operation ?? 'unknown',
          };
          operations.inc(labels);
          duration.observe(labels, (performance.now() - started) / 1000);
          for (const error of responseErrors(response))
            errors.inc({ ...labels, code: errorCode(error.extensions?.code) });
        },
      };
    },
  };
}

function responseErrors(response: GraphQLResponse): readonly GraphQLFormattedError[] {
  const { body } = response;
  return body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
}

/** Our codes and Apollo's are fixed upper-case words; anything else is one value. */
function errorCode(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? code : 'UNKNOWN';
}
