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
  /**
   * A `Retry-After` header on the injected `status`: whole seconds, or an HTTP date
   * ("Wed, 21 Oct 2015 07:28:00 GMT", as `Date.prototype.toUTCString()` writes it).
   */
  readonly retryAfter?: number | string;
  /**
   * Probability (0..1) that the rule's outcome (status, hang, malformedBody, reset, truncateBody,
   * trickle) applies; default 1.
   */
  readonly errorRate?: number;
  /** Never answer; the request ends when the client gives up or the server stops. */
  readonly hang?: boolean;
  /** Answer with a body that is not parseable (with `status` if given, else 200). */
  readonly malformedBody?: boolean;
  /**
   * Destroy the connection (a TCP reset) before any byte of an answer; the request is not
   * processed. The client cannot tell that apart from a request that was.
   */
  readonly reset?: boolean;
  /**
   * Send the answer's headers with its full Content-Length, then half its body, then close the
   * connection. The request is processed as usual (a write is done): only its answer is lost.
   */
  readonly truncateBody?: boolean;
  /** Send the answer's body at this many bytes per second, so a client's timeout can be tested. */
  readonly trickle?: number;
  /** Apply to the next N matching requests only; unlimited when absent. */
  readonly times?: number;
}

export const MAX_LATENCY_MS = 600_000;
/** A day: longer than any deadline a client could have, so every wait past it can be tested. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;
export const MAX_TRICKLE_BYTES_PER_SECOND = 10_000_000;

const KNOWN_KEYS = new Set([
  'operation',
  'latencyMs',
  'status',
  'retryAfter',
  'errorRate',
  'hang',
  'malformedBody',
  'reset',
  'truncateBody',
  'trickle',
  'times',
]);

/** The fields of which a rule needs one: without any, it would do nothing. */
const EFFECTS = [
  'latencyMs',
  'status',
  'hang',
  'malformedBody',
  'reset',
  'truncateBody',
  'trickle',
];

/** IMF-fixdate (RFC 9110 section 5.6.7), the form a server sends; toUTCString() writes it. */
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export class FaultRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultRuleError';
  }
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isHttpDate(value: unknown): value is string {
  return typeof value === 'string' && HTTP_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

function checkBoolean(where: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new FaultRuleError(`${where}.${name} must be a boolean`);
  }
}

/** Fields that make no sense together: say so instead of letting one silently win. */
function checkCombinations(where: string, raw: Record<string, unknown>): void {
  const set = (key: string) => raw[key] !== undefined && raw[key] !== false;
  if (set('retryAfter') && !set('status')) {
    throw new FaultRuleError(`${where}.retryAfter is a header of the injected status: set status`);
  }
  if (raw.reset === true) {
    const other = ['hang', 'status', 'malformedBody', 'truncateBody', 'trickle'].find(set);
    if (other !== undefined) {
      throw new FaultRuleError(
        `${where}.reset closes the connection before any answer: it cannot be combined with ${other}`,
      );
    }
  }
  if (raw.hang === true) {
    const other = ['truncateBody', 'trickle', 'retryAfter'].find(set);
    if (other !== undefined) {
      throw new FaultRuleError(`${where}.hang never answers: it cannot be combined with ${other}`);
    }
  }
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
  const { operation, latencyMs, status, retryAfter, errorRate, trickle, times } = raw;
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
    retryAfter !== undefined &&
    !isInteger(retryAfter, 0, MAX_RETRY_AFTER_SECONDS) &&
    !isHttpDate(retryAfter)
  ) {
    throw new FaultRuleError(
      `${where}.retryAfter must be whole seconds from 0 to ${MAX_RETRY_AFTER_SECONDS} or an ` +
        'HTTP date such as "Wed, 21 Oct 2015 07:28:00 GMT"',
    );
  }
  if (
    errorRate !== undefined &&
    (typeof errorRate !== 'number' || !(errorRate >= 0 && errorRate <= 1))
  ) {
    throw new FaultRuleError(`${where}.errorRate must be a number from 0 to 1`);
  }
  for (const name of ['hang', 'malformedBody', 'reset', 'truncateBody']) {
    checkBoolean(where, name, raw[name]);
  }
  if (trickle !== undefined && !isInteger(trickle, 1, MAX_TRICKLE_BYTES_PER_SECOND)) {
    throw new FaultRuleError(
      `${where}.trickle must be bytes per second, an integer from 1 to ${MAX_TRICKLE_BYTES_PER_SECOND}`,
    );
  }
  if (times !== undefined && !isInteger(times, 1, Number.MAX_SAFE_INTEGER)) {
    throw new FaultRuleError(`${where}.times must be a positive integer`);
  }
  if (!EFFECTS.some((key) => raw[key] !== undefined && raw[key] !== false)) {
    // A rule that does nothing is almost always a typo; say so instead of silently ignoring it.
    throw new FaultRuleError(`${where} needs at least one of ${EFFECTS.join(', ')}`);
  }
  checkCombinations(where, raw);
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
