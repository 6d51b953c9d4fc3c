/**
 * The simulator's own control API under /__simulator/. No auth: simulators bind to 127.0.0.1 only
 * and hold demo data. Control calls are not written to the request log, so a test that clears the
 * log and then reads it sees only upstream traffic.
 */
import { FaultRuleError, parseFaultDocument, type FaultRule } from './fault-rule.js';
import { emptyResponse, jsonResponse } from './json-response.js';
import type { InFlightReport } from './pending-requests.js';
import type { RequestLogEntry } from './request-log.js';
import type { SimulatorRequest, SimulatorResponse } from './types.js';

export const CONTROL_PREFIX = '/__simulator/';

export interface ControlTarget {
  requests(operation?: string): RequestLogEntry[];
  clearRequests(): void;
  faults(): FaultRule[];
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  inFlight(): InFlightReport;
  reset(): void;
}

type Handler = (req: SimulatorRequest, target: ControlTarget) => SimulatorResponse;

function controlError(status: number, message: string, headers?: Record<string, string>) {
  return jsonResponse(status, { error: message }, headers);
}

function putFaults(req: SimulatorRequest, target: ControlTarget): SimulatorResponse {
  let document: unknown;
  try {
    document = JSON.parse(req.rawBody);
  } catch {
    return controlError(400, 'body must be JSON: {"faults":[...]}');
  }
  try {
    target.setFaults(parseFaultDocument(document));
  } catch (error) {
    if (error instanceof FaultRuleError) return controlError(400, error.message);
    throw error;
  }
  return jsonResponse(200, { faults: target.faults() });
}

const ROUTES: Record<string, Record<string, Handler>> = {
  requests: {
    GET: (req, target) =>
      jsonResponse(200, { requests: target.requests(req.query.get('operation') ?? undefined) }),
    DELETE: (_req, target) => {
      target.clearRequests();
      return emptyResponse();
    },
  },
  faults: {
    GET: (_req, target) => jsonResponse(200, { faults: target.faults() }),
    PUT: putFaults,
    DELETE: (_req, target) => {
      target.clearFaults();
      return emptyResponse();
    },
  },
  'in-flight': {
    GET: (_req, target) => jsonResponse(200, target.inFlight()),
  },
  reset: {
    POST: (_req, target) => {
      target.reset();
      return emptyResponse();
    },
  },
};

export function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX);
}

export function handleControlRequest(
  req: SimulatorRequest,
  target: ControlTarget,
): SimulatorResponse {
  const resource = req.path.slice(CONTROL_PREFIX.length);
  // hasOwn: the resource comes from the URL, so 'constructor' or '__proto__' must not resolve.
  const methods = Object.hasOwn(ROUTES, resource) ? ROUTES[resource] : undefined;
  if (methods === undefined) return controlError(404, `no control route ${req.path}`);
  const handler = Object.hasOwn(methods, req.method) ? methods[req.method] : undefined;
  if (handler === undefined) {
    const allowed = Object.keys(methods).join(', ');
    return controlError(405, `${req.method} not allowed on ${req.path}`, { allow: allowed });
  }
  return handler(req, target);
}
