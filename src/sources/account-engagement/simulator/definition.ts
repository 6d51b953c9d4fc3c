/**
 * Account Engagement (and the Salesforce token endpoint in front of it) as a SimulatorDefinition.
 * API checks run in this order: path outside /api/ (404, error 2), access token (184) and
 * business unit header (181/182/201), the unit's API version (88/89, on a known action only),
 * concurrency (66), daily quota (122), action (2), HTTP method (60), then the operation's own
 * parameters. Errors are answered in the requested format
 * (`format=json`, else XML). Faults injected through the simulator server come before all of
 * these and also answer in the requested format (see limits/in-flight).
 */
import type {
  SimulatorDefinition,
  SimulatorRequest,
  SimulatorResponse,
} from '../../../core/simulator/types.js';
import { checkApiAuth } from './auth/api-auth.js';
import { oauthFaultResponse } from './auth/oauth-failure.js';
import { handleTokenRequest } from './auth/token-endpoint.js';
import { injectedError, methodNotAllowed, PardotError, pardotError } from './errors.js';
import { OPERATION_HANDLERS } from './operations/index.js';
import { formatOf, readRequestParams } from './request/params.js';
import { operationOfRoute, routeOf } from './request/routes.js';
import { checkVersion } from './request/version-rule.js';
import type { AccountEngagementState } from './state.js';
import {
  errorResponse,
  malformedResponse,
  noContentResponse,
  successResponse,
  type Format,
} from './wire/respond.js';

export const SIMULATOR_NAME = 'account-engagement';

/** Form fields and query parameters whose values never reach the request log. */
export const REDACTED_PARAMS = [
  'client_secret',
  'refresh_token',
  'assertion',
  'access_token',
  'password',
  'api_key',
  'user_key',
  'code',
];

export function createAccountEngagementDefinition(
  state: AccountEngagementState,
): SimulatorDefinition {
  const { options } = state;

  function answerApi(req: SimulatorRequest, overLimit: boolean): SimulatorResponse {
    const route = routeOf(req.path);
    const format: Format = formatOf(
      readRequestParams(req, route.kind === 'api' ? route.route.pathParams : undefined),
    );
    try {
      if (route.kind === 'not-found') throw pardotError(2, 404);
      checkApiAuth(req, state.tokens, options.businessUnitId);
      // The unit's setting, like its header: refused before the limits count the call.
      if (route.kind === 'api') checkVersion(route.route.version, options.sharedEmails);
      if (overLimit) throw pardotError(66);
      if (!state.quota.tryUse()) throw pardotError(122);
      const operation =
        route.kind === 'api' ? OPERATION_HANDLERS.get(route.route.operation) : undefined;
      if (route.kind !== 'api' || operation === undefined) throw pardotError(2);
      if (!operation.methods.includes(req.method)) throw methodNotAllowed(operation.methods);
      const result = operation.handle({
        params: readRequestParams(req, route.route.pathParams),
        version: route.route.version,
        dataset: state.data,
        nowMs: state.now(),
        connectorDetected: options.connectorDetected,
      });
      return result === 'no-content' ? noContentResponse() : successResponse(result, format);
    } catch (error) {
      if (error instanceof PardotError) return errorResponse(error, format);
      throw error;
    }
  }

  return {
    name: SIMULATOR_NAME,
    redactQueryParams: REDACTED_PARAMS,
    operationOf(req) {
      const route = routeOf(req.path);
      const operation = operationOfRoute(route);
      // The kit calls this once per request on arrival: the start of "in flight" (limits/in-flight).
      if (route.kind === 'api' || route.kind === 'invalid-action') {
        const pathParams = route.kind === 'api' ? route.route.pathParams : undefined;
        state.inFlight.arrive(req, operation, formatOf(readRequestParams(req, pathParams)));
      }
      return operation;
    },
    handle(req) {
      const pending = state.inFlight.settle(req);
      if (routeOf(req.path).kind === 'token') {
        return handleTokenRequest(req, readRequestParams(req), {
          credentials: options.credentials,
          tokens: state.tokens,
          nowMs: state.now(),
        });
      }
      return answerApi(req, pending !== undefined && !pending.holdsSlot);
    },
    faultResponse(status, operation) {
      const pending = state.inFlight.settleOldest(operation);
      if (operation === 'oauth.token') return oauthFaultResponse(status);
      return errorResponse(injectedError(status), pending?.format ?? 'xml');
    },
    malformedResponse(operation) {
      const pending = state.inFlight.settleOldest(operation);
      return malformedResponse(pending?.format ?? 'xml');
    },
    dropped(req) {
      state.inFlight.settle(req);
    },
    inFlight: () => ({ concurrency: state.inFlight.report() }),
    reset() {
      state.reset();
    },
  };
}
