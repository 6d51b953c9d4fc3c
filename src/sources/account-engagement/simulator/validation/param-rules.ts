/**
 * Declarative parameter rules. An operation lists its parameters as a table of rules, each with
 * the error code the API answers when the value is bad
 * (docs/upstreams/account-engagement.md#error-codes); `readParams` applies the
 * table in order and throws the first failure, since an Account Engagement error carries exactly
 * one code. Ranges (`*_greater_than` with `*_less_than`, `created_after` with `created_before`)
 * are a second table checked after every single value is valid.
 *
 * Simulator choices: an empty value (`limit=`) counts as absent for filters; integers are plain
 * decimal digits (no sign, no exponent, no fraction); numbers allow a fraction and a minus sign.
 */
import { parseDateInput } from '../dates/date-input.js';
import { pardotError, type ErrorCode } from '../errors.js';
import type { RequestParams } from '../request/params.js';

export interface ParamContext {
  /** The simulator clock, for date keywords. */
  readonly nowMs: number;
}

export interface ParamRule<T> {
  /** The value, or undefined when it is invalid. */
  parse(raw: string, context: ParamContext): T | undefined;
  readonly error: ErrorCode;
}

const INTEGER = /^\d{1,15}$/;
const NUMBER = /^-?\d{1,15}(?:\.\d{1,10})?$/;

export const integerParam = (
  error: ErrorCode,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): ParamRule<number> => ({
  error,
  parse(raw) {
    if (!INTEGER.test(raw)) return undefined;
    const value = Number(raw);
    return value >= min && value <= max ? value : undefined;
  },
});

export const numberParam = (error: ErrorCode): ParamRule<number> => ({
  error,
  parse: (raw) => (NUMBER.test(raw) ? Number(raw) : undefined),
});

export const dateParam = (error: ErrorCode = 7): ParamRule<number> => ({
  error,
  parse: (raw, { nowMs }) => parseDateInput(raw, nowMs),
});

export const enumParam = <T extends string>(
  values: readonly T[],
  error: ErrorCode,
): ParamRule<T> => ({
  error,
  parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined),
});

/**
 * An email: at most 255 characters with one `@` inside (code 4,
 * docs/upstreams/account-engagement.md#error-codes).
 */
export const emailParam = (error: ErrorCode = 4): ParamRule<string> => ({
  error,
  parse: (raw) => (raw.length <= 255 && /^[^@\s]+@[^@\s]+$/.test(raw) ? raw : undefined),
});

export type RuleTable = Readonly<Record<string, ParamRule<unknown>>>;

export type ParsedParams<Table extends RuleTable> = {
  readonly [K in keyof Table]: Table[K] extends ParamRule<infer T> ? T | undefined : never;
};

export function readParams<Table extends RuleTable>(
  params: RequestParams,
  table: Table,
  context: ParamContext,
): ParsedParams<Table> {
  const result: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(table)) {
    const raw = params.get(name)?.trim();
    if (raw === undefined || raw === '') continue;
    const value = rule.parse(raw, context);
    if (value === undefined) throw pardotError(rule.error);
    result[name] = value;
  }
  return result as ParsedParams<Table>;
}

/** A lower and an upper bound that must not cross; equal bounds are allowed (an empty window). */
export type RangeRule<Table extends RuleTable> = readonly [
  lower: keyof Table & string,
  upper: keyof Table & string,
  error: ErrorCode,
];

export function checkRanges<Table extends RuleTable>(
  parsed: ParsedParams<Table>,
  ranges: readonly RangeRule<Table>[],
): void {
  for (const [lower, upper, error] of ranges) {
    const low = parsed[lower] as number | undefined;
    const high = parsed[upper] as number | undefined;
    if (low !== undefined && high !== undefined && low > high) throw pardotError(error);
  }
}
