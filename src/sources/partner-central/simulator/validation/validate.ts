/**
 * Checks a request body against its operation's rule table and returns every problem, not just
 * the first, so one ValidationException lists all of them (`ErrorList`,
 * docs/upstreams/partner-central.md#error-shapes-and-statuses).
 *
 * Conventions (simulator choices where the upstream documentation is silent):
 * - JSON `null` counts as absent, as Smithy servers treat it for optional members.
 * - Members the model does not define are ignored, as AWS JSON services do.
 * - A value of the wrong JSON type is INVALID_VALUE; a string that breaks a pattern or a length
 *   limit is INVALID_STRING_FORMAT; integers outside their range are VALUE_OUT_OF_RANGE.
 * - Nothing below a member that has the wrong type is checked.
 */
import { parseRfc3339 } from '../timestamps.js';
import type { FieldError } from './field-error.js';
import type { EnumRule, IntegerRule, ListRule, Rule, StringRule, StructureRule } from './rules.js';

type Errors = FieldError[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const codePoints = (value: string): number => [...value].length;

/** Enums longer than this are named rather than listed in messages. */
const LISTED_ENUM_VALUES = 12;

function checkString(value: unknown, rule: StringRule, path: string, errors: Errors): void {
  if (typeof value !== 'string') {
    errors.push({ FieldName: path, Message: `${path} must be a string`, Code: 'INVALID_VALUE' });
    return;
  }
  const length = codePoints(value);
  const { minLength: min, maxLength: max } = rule;
  if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
    const limit = max === undefined ? `at least ${min}` : `${min ?? 0} to ${max}`;
    errors.push({
      FieldName: path,
      Message: `${path} must be ${limit} characters long (got ${length})`,
      Code: 'INVALID_STRING_FORMAT',
    });
    return;
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    errors.push({
      FieldName: path,
      Message: `${path} must match the pattern ${rule.patternText ?? rule.pattern.source}`,
      Code: 'INVALID_STRING_FORMAT',
    });
  }
}

function checkEnum(value: unknown, rule: EnumRule, path: string, errors: Errors): void {
  if (typeof value !== 'string') {
    errors.push({ FieldName: path, Message: `${path} must be a string`, Code: 'INVALID_VALUE' });
    return;
  }
  if (rule.values.includes(value)) return;
  const allowed =
    rule.values.length <= LISTED_ENUM_VALUES
      ? `one of: ${rule.values.join(', ')}`
      : `a valid ${rule.name}`;
  errors.push({
    FieldName: path,
    Message: `${path} must be ${allowed} (got ${JSON.stringify(value)})`,
    Code: 'INVALID_ENUM_VALUE',
  });
}

function checkInteger(value: unknown, rule: IntegerRule, path: string, errors: Errors): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.push({ FieldName: path, Message: `${path} must be an integer`, Code: 'INVALID_VALUE' });
    return;
  }
  if (value < rule.min || value > rule.max) {
    errors.push({
      FieldName: path,
      Message: `${path} must be between ${rule.min} and ${rule.max} (got ${value})`,
      Code: 'VALUE_OUT_OF_RANGE',
    });
  }
}

function checkTimestamp(value: unknown, path: string, errors: Errors): void {
  if (typeof value === 'string' && parseRfc3339(value) !== undefined) return;
  errors.push({
    FieldName: path,
    Message: `${path} must be an RFC 3339 date-time such as 2024-05-01T12:34:56Z`,
    Code: typeof value === 'string' ? 'INVALID_STRING_FORMAT' : 'INVALID_VALUE',
  });
}

function checkList(value: unknown, rule: ListRule, path: string, errors: Errors): void {
  if (!Array.isArray(value)) {
    errors.push({ FieldName: path, Message: `${path} must be a list`, Code: 'INVALID_VALUE' });
    return;
  }
  if (rule.maxItems !== undefined && value.length > rule.maxItems) {
    errors.push({
      FieldName: path,
      Message: `${path} must have at most ${rule.maxItems} items (got ${value.length})`,
      Code: 'TOO_MANY_VALUES',
    });
  }
  if (rule.minItems !== undefined && value.length < rule.minItems) {
    errors.push({
      FieldName: path,
      Message: `${path} must have at least ${rule.minItems} item(s) (got ${value.length})`,
      Code: 'NOT_ENOUGH_VALUES',
    });
  }
  value.forEach((item: unknown, index) => {
    const itemPath = `${path}[${index}]`;
    if (item === null) {
      errors.push({
        FieldName: itemPath,
        Message: `${itemPath} must not be null`,
        Code: 'INVALID_VALUE',
      });
    } else {
      checkValue(item, rule.member, itemPath, errors);
    }
  });
  if (rule.unique) {
    const seen = new Set<string>();
    value.forEach((item: unknown, index) => {
      const key = JSON.stringify(item);
      if (!seen.has(key)) {
        seen.add(key);
        return;
      }
      errors.push({
        FieldName: `${path}[${index}]`,
        Message: `${path}[${index}] repeats an earlier item (${key})`,
        Code: 'DUPLICATE_KEY_VALUE',
      });
    });
  }
}

function checkStructure(value: unknown, rule: StructureRule, path: string, errors: Errors): void {
  if (!isObject(value)) {
    const name = path === '' ? 'The request body' : path;
    errors.push({ FieldName: path, Message: `${name} must be an object`, Code: 'INVALID_VALUE' });
    return;
  }
  for (const [name, member] of Object.entries(rule.members)) {
    const memberPath = path === '' ? name : `${path}.${name}`;
    const memberValue = Object.hasOwn(value, name) ? value[name] : undefined;
    if (memberValue === undefined || memberValue === null) {
      if (member.required) {
        errors.push({
          FieldName: memberPath,
          Message: `${memberPath} is required`,
          Code: 'REQUIRED_FIELD_MISSING',
        });
      }
      continue;
    }
    checkValue(memberValue, member.rule, memberPath, errors);
  }
}

function checkValue(value: unknown, rule: Rule, path: string, errors: Errors): void {
  switch (rule.kind) {
    case 'string':
      return checkString(value, rule, path, errors);
    case 'enum':
      return checkEnum(value, rule, path, errors);
    case 'integer':
      return checkInteger(value, rule, path, errors);
    case 'timestamp':
      return checkTimestamp(value, path, errors);
    case 'list':
      return checkList(value, rule, path, errors);
    case 'structure':
      return checkStructure(value, rule, path, errors);
  }
}

/** Every problem of `body` against the operation's input structure, in member order. */
export function validateInput(body: unknown, input: StructureRule): FieldError[] {
  const errors: FieldError[] = [];
  checkStructure(body, input, '', errors);
  return errors;
}
