/**
 * Partner Central Selling as a SimulatorDefinition. Checks run in this order: HTTP method (405) and
 * path (404), the SigV4 Authorization header (403 MissingAuthenticationTokenException, 400
 * IncompleteSignatureException or InvalidSignatureException: authentication.ts), X-Amz-Target
 * (400 UnknownOperationException), the operation's rate (429 ThrottlingException,
 * docs/upstreams/partner-central.md#rate-limits), the body (400 SerializationException), the
 * model's constraints (400 ValidationException listing every problem), the catalog (403
 * AccessDeniedException), then the operation itself. Faults injected through the simulator server
 * come before all of these, so they answer unsigned requests too.
 *
 * Catalogs: the model only constrains Catalog to letters; the service knows `AWS` and `Sandbox`
 * (docs/upstreams/partner-central.md#catalogs; case-sensitive). Any other well-formed name is
 * answered AccessDeniedException, as for a catalog the caller may not use (simulator choice).
 */
import type {
  SimulatorDefinition,
  SimulatorRequest,
  SimulatorResponse,
} from '../../../core/simulator/types.js';
import { isCatalog } from './data/records.js';
import {
  accessDenied,
  conflict,
  internalServerError,
  methodNotAllowed,
  pathNotFound,
  PartnerCentralError,
  resourceNotFound,
  serviceQuotaExceeded,
  serviceUnavailable,
  throttled,
  unknownOperation,
  validationError,
} from './errors.js';
import { authenticate } from './authentication.js';
import { OPERATIONS } from './operations/index.js';
import { isOperationName } from './operations/operation-names.js';
import {
  errorResponse,
  malformedResponse,
  operationName,
  successResponse,
  targetOf,
} from './protocol.js';
import { readRequestBody } from './request-body.js';
import type { PartnerCentralState } from './state.js';
import type { OperationThrottle } from './throttle.js';
import { validateInput } from './validation/validate.js';

export const SIMULATOR_NAME = 'partner-central';

function injectedError(
  status: number,
  operation: string,
  throttle: OperationThrottle,
): PartnerCentralError {
  const message = `Simulated failure (HTTP ${status}) in ${operation}`;
  switch (status) {
    case 400:
      return validationError([{ FieldName: 'Catalog', Message: message, Code: 'INVALID_VALUE' }]);
    case 401:
    case 403:
      return accessDenied(message);
    case 402:
      return serviceQuotaExceeded(message);
    case 404:
      return resourceNotFound(message);
    case 409:
      return conflict(message);
    case 429:
      // Names the operation's real quota when it has one.
      return throttled(
        operation,
        isOperationName(operation) ? throttle.limitOf(operation) : undefined,
      );
    case 503:
      return serviceUnavailable(message);
    default:
      if (status >= 500) return internalServerError(message, status);
      return new PartnerCentralError(status, 'ValidationException', message, {
        Reason: 'REQUEST_VALIDATION_FAILED',
        ErrorList: [],
      });
  }
}

export function createPartnerCentralDefinition(
  state: PartnerCentralState,
  throttle: OperationThrottle,
  /** The region SigV4 credential scopes must name. */
  region: string,
): SimulatorDefinition {
  function answer(req: SimulatorRequest): SimulatorResponse {
    if (req.method !== 'POST') throw methodNotAllowed(req.method);
    if (req.path !== '/') throw pathNotFound(req.path);
    // Before the operation is looked up: an unsigned request learns nothing, and spends no quota.
    authenticate(req, region);
    const target = targetOf(req);
    const name = operationName(target);
    const operation = name === undefined ? undefined : OPERATIONS.get(name);
    if (operation === undefined) throw unknownOperation(target);
    if (!throttle.tryAdmit(operation.name)) {
      throw throttled(operation.name, throttle.limitOf(operation.name));
    }
    const body = readRequestBody(req);
    const problems = validateInput(body, operation.input);
    if (problems.length > 0) throw validationError(problems);
    const catalogName = body.Catalog as string;
    if (!isCatalog(catalogName)) {
      throw accessDenied(`You do not have access to catalog ${JSON.stringify(catalogName)}`);
    }
    const nowMs = state.now();
    state.settle(nowMs);
    const output = operation.handle(body, { catalog: state.catalog(catalogName), state, nowMs });
    return successResponse(output);
  }

  return {
    name: SIMULATOR_NAME,
    operationOf(req) {
      const target = targetOf(req);
      return operationName(target) ?? target ?? 'unknown';
    },
    handle(req) {
      try {
        return answer(req);
      } catch (error) {
        if (error instanceof PartnerCentralError) return errorResponse(error);
        throw error;
      }
    },
    faultResponse: (status, operation) => errorResponse(injectedError(status, operation, throttle)),
    malformedResponse,
    reset() {
      state.reset();
      throttle.reset();
    },
  };
}
