import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../../context.js';
import { ErrorCode } from '../../core/errors/index.js';
import type { TokenVerifier } from './token-verifier.js';
import type { CallerLimits } from '../callers/caller-limits.js';

import { READ_SCOPE, WRITE_SCOPE } from '../../schema/common/scopes.js';

export { READ_SCOPE, WRITE_SCOPE };

/**
 * Every operation needs a valid Bearer token before it runs, and `opportunities:read` (all our
 * object types declare it in the SDL, a mutation's answer included); a mutation also needs
 * `opportunities:write`. Checked once the operation is known and before execution, so a refused request makes no upstream call. A
 * refusal says only what the client needs (log in; or this scope is missing); why a token was
 * refused goes to the log, never the token. `_service` alone stays open: the router composes the
 * supergraph from it.
 */
export function authPlugin(
  verifier: TokenVerifier,
  /** Per-caller limits: the caller's rate is counted once its scope is granted (callers.md). */
  callers?: CallerLimits,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let unauthenticated = false;
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (!operation || onlyServiceSdl(operation)) return;
          const caller = await verifier.verify(request.http?.headers.get('authorization'));
          if ('reason' in caller) {
            contextValue.logger.info({ auth: 'refused', reason: caller.reason }, 'token refused');
            unauthenticated = true;
            throw new GraphQLError('Authentication required: send a valid Bearer token', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
          }
          const needed = [
            READ_SCOPE,
            ...(operation.operation === 'mutation' ? [WRITE_SCOPE] : []),
          ].find((scope) => !caller.scopes.has(scope));
          if (needed) {
            contextValue.logger.info(
              { auth: 'forbidden', subject: caller.subject, needed },
              'scope missing',
            );
            throw new GraphQLError(`This operation needs the scope "${needed}"`, {
              extensions: { code: ErrorCode.FORBIDDEN, scope: needed, http: { status: 403 } },
            });
          }
          await callers?.admit(caller, contextValue.caller, contextValue.logger);
        },
        async willSendResponse({ response }) {
          // RFC 6750 section 3: a 401 says which scheme to use.
          if (unauthenticated) response.http.headers.set('www-authenticate', 'Bearer');
        },
      };
    },
  };
}

/** `{ _service { sdl } }` (and __typename): what a router reads to compose the supergraph. */
function onlyServiceSdl(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === 'Field' &&
      (selection.name.value === '_service' || selection.name.value === '__typename'),
  );
}
