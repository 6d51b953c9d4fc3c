import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import type { Context } from '../../context.js';
import { isRequestSpan } from './request-span.js';

/**
 * GraphQL semantic conventions, still experimental in @opentelemetry/semantic-conventions (its
 * advice: copy such names rather than import them from its incubating entry point).
 */
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/**
 * Names the request's span after its operation once Apollo has resolved it (`query OpName`, or
 * `query` for an anonymous one; `GraphQL Operation` stays when the document did not parse) and
 * marks it failed when the response carries errors, with their codes, never their messages (a
 * message may quote the client's input). Never the document or its variables.
 */
export function operationSpanPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!isRequestSpan(span)) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          const type = operation?.operation;
          if (!type) return;
          span.updateName(operationName ? `${type} ${operationName}` : type);
          span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, type);
          if (operationName) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          if (errors.length === 0) return;
          const codes = [
            ...new Set(errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN'))),
          ];
          span.setAttribute(ATTR_ERROR_TYPE, codes[0]!);
          span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
        },
      };
    },
  };
}
