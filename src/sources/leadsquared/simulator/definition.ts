/**
 * LeadSquared as a SimulatorDefinition. Checks run in the upstream's order: route (404, or 405
 * for the wrong HTTP method), keys (401), account quota (throttle), then the endpoint's own body
 * validation. Faults injected through the simulator server come before all of these.
 */
import type {
  SimulatorDefinition,
  SimulatorRequest,
  SimulatorResponse,
} from '../../../core/simulator/types.js';
import { jsonResponse } from '../../../core/simulator/json-response.js';
import { CREDENTIAL_QUERY_PARAMS, isAuthorized, type LeadSquaredKeys } from './auth.js';
import type { LeadSquaredDataset } from './dataset.js';
import {
  apiNotFound,
  internalError,
  invalidInput,
  LsqError,
  lsqErrorResponse,
  methodNotAllowed,
  rateLimited,
  unauthorized,
} from './errors.js';
import { SlidingWindowLimiter, type RateLimit } from './rate-limiter.js';
import { operationOf, routeOf } from './routes.js';

/**
 * Observed throttle signals: 429 (documented), 403 and 200 with the error body
 * (docs/upstreams/leadsquared.md#throttling-in-practice).
 */
export type ThrottleStatus = 429 | 403 | 200;

export interface LeadSquaredBehaviour {
  readonly keys: LeadSquaredKeys;
  readonly rateLimit: RateLimit;
  readonly throttleStatus: ThrottleStatus;
}

export function createLeadSquaredDefinition(
  dataset: LeadSquaredDataset,
  { keys, rateLimit, throttleStatus }: LeadSquaredBehaviour,
): SimulatorDefinition {
  const limiter = new SlidingWindowLimiter(rateLimit);

  function answer(req: SimulatorRequest): SimulatorResponse {
    const route = routeOf(req.path);
    if (route === undefined) throw apiNotFound(req.path);
    if (req.method !== route.method) throw methodNotAllowed(req.method, route.method);
    if (!isAuthorized(req, keys)) throw unauthorized();
    // Counted after auth: calls with bad keys never reach the account's quota.
    if (!limiter.tryAcquire()) {
      throw rateLimited(throttleStatus, rateLimit.calls, rateLimit.windowMs);
    }
    return jsonResponse(200, route.handle({ req, dataset }));
  }

  return {
    name: 'leadsquared',
    redactQueryParams: CREDENTIAL_QUERY_PARAMS,
    operationOf: (req) => operationOf(req.path),
    handle(req) {
      try {
        return answer(req);
      } catch (error) {
        if (error instanceof LsqError) return lsqErrorResponse(error);
        throw error;
      }
    },
    faultResponse(status, operation) {
      switch (status) {
        case 400:
          return lsqErrorResponse(invalidInput(`Simulated bad request for ${operation}`));
        case 401:
          return lsqErrorResponse(unauthorized());
        // 403 has only been seen as a throttle signal
        // (docs/upstreams/leadsquared.md#throttling-in-practice).
        case 403:
        case 429:
          return lsqErrorResponse(rateLimited(status, rateLimit.calls, rateLimit.windowMs));
        case 404:
          return lsqErrorResponse(apiNotFound(operation));
        default:
          return lsqErrorResponse(
            internalError(`Simulated failure (HTTP ${status}) in ${operation}`, status),
          );
      }
    },
    malformedResponse: () => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"RecordCount":3,"List":[{"ProspectId":"a368678f-1e81-4fb8',
    }),
    reset() {
      limiter.reset();
    },
  };
}
