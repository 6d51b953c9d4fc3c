export { SimulatorServer, type SimulatorServerOptions } from './simulator-server.js';
export type { SimulatorDefinition, SimulatorRequest, SimulatorResponse } from './types.js';
export { FaultRuleError, parseFaultRules, type FaultRule } from './fault-rule.js';
export { REDACTED, type RequestLogEntry } from './request-log.js';
export type { InFlightReport, InFlightRequest, PendingStage } from './pending-requests.js';
export { createRandom, type Random } from './random.js';
export { jsonResponse } from './json-response.js';
