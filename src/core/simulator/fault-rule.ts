/**
 * Fault rules: what a test or a demo operator asks the simulator to do wrong. Rules arrive as JSON
 * over the control API, so `parseFaultRules` validates every field and names the bad one.
 */
export interface FaultRule {
  /** Operation name as reported by the definition's `operationOf`; '*' (default) matches all. */
  readonly operation?: string;
  /** Delay before the request is answered (or before the injected outcome). */
  readonly latencyMs?: number;
  /** Answer with this status and the definition's upstream-shaped error body. */
  readonly status?: number;
  /** Probability (0..1) that the rule's outcome (status, hang, malformedBody) applies; default 1. */
  readonly errorRate?: number;
  /** Never answer; the request ends when the client gives up or the server stops. */
  readonly hang?: boolean;
  /** Answer with a body that is not parseable (with `status` if given, else 200). */
  readonly malformedBody?: boolean;
  /** Apply to the next N matching requests only; unlimited when absent. */
  readonly times?: number;
}

export const MAX_LATENCY_MS = 600_000;

const KNOWN_KEYS = new Set([
  'operation',
  'latencyMs',
  'status',
  'errorRate',
  'hang',
  'malformedBody',
  'times',
]);

export class FaultRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultRuleError';
  }
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function parseRule(input: unknown, index: number): FaultRule {
  const where = `faults[${index}]`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new FaultRuleError(`${where} must be an object`);
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) throw new FaultRuleError(`${where}.${key} is not a fault rule field`);
  }
  const { operation, latencyMs, status, errorRate, hang, malformedBody, times } = raw;
  if (operation !== undefined && (typeof operation !== 'string' || operation === '')) {
    throw new FaultRuleError(`${where}.operation must be a non-empty string`);
  }
  if (latencyMs !== undefined && !isInteger(latencyMs, 0, MAX_LATENCY_MS)) {
    throw new FaultRuleError(`${where}.latencyMs must be an integer from 0 to ${MAX_LATENCY_MS}`);
  }
  if (status !== undefined && !isInteger(status, 100, 599)) {
    throw new FaultRuleError(`${where}.status must be an HTTP status from 100 to 599`);
  }
  if (
    errorRate !== undefined &&
    (typeof errorRate !== 'number' || !(errorRate >= 0 && errorRate <= 1))
  ) {
    throw new FaultRuleError(`${where}.errorRate must be a number from 0 to 1`);
  }
  if (hang !== undefined && typeof hang !== 'boolean') {
    throw new FaultRuleError(`${where}.hang must be a boolean`);
  }
  if (malformedBody !== undefined && typeof malformedBody !== 'boolean') {
    throw new FaultRuleError(`${where}.malformedBody must be a boolean`);
  }
  if (times !== undefined && !isInteger(times, 1, Number.MAX_SAFE_INTEGER)) {
    throw new FaultRuleError(`${where}.times must be a positive integer`);
  }
  if (latencyMs === undefined && status === undefined && !hang && !malformedBody) {
    // A rule that does nothing is almost always a typo; say so instead of silently ignoring it.
    throw new FaultRuleError(
      `${where} needs at least one of latencyMs, status, hang, malformedBody`,
    );
  }
  return raw as FaultRule;
}

/** Validates a `{"faults":[...]}` document (the body of PUT /__simulator/faults). */
export function parseFaultDocument(input: unknown): FaultRule[] {
  if (
    typeof input !== 'object' ||
    input === null ||
    !Array.isArray((input as { faults?: unknown }).faults)
  ) {
    throw new FaultRuleError('body must be {"faults":[...]}');
  }
  return parseFaultRules((input as { faults: unknown[] }).faults);
}

export function parseFaultRules(input: readonly unknown[]): FaultRule[] {
  return input.map((rule, index) => ({ ...parseRule(rule, index) }));
}
