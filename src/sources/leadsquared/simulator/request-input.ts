/**
 * Reading request bodies the way LeadSquared rejects them
 * (docs/upstreams/leadsquared.md#request-conventions, #errors-and-status-codes): unparseable bodies
 * are 400 MXInvalidJsonException, absent mandatory fields 400 MXMandatoryAttributeMissingException
 * naming the field, values of the wrong type 400 MXInvalidDataTypeException.
 */
import type { SimulatorRequest } from '../../../core/simulator/types.js';
import { invalidDataType, invalidJson, mandatoryMissing } from './errors.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isAbsent = (value: unknown): boolean => value === undefined || value === null || value === '';

/** The body as an object; an empty body reads as {} so mandatory fields are reported by name. */
export function parseJsonBody(req: SimulatorRequest): JsonObject {
  if (req.rawBody.trim() === '') return {};
  // The server decodes bodies as UTF-8 and marks invalid bytes with U+FFFD; LeadSquared rejects
  // non-UTF-8 bodies with the parse error (docs/upstreams/leadsquared.md#request-conventions).
  if (req.rawBody.includes('\uFFFD')) throw invalidJson('the request body is not valid UTF-8');
  let body: unknown;
  try {
    body = JSON.parse(req.rawBody);
  } catch {
    throw invalidJson('the request body is not valid JSON');
  }
  if (!isObject(body)) throw invalidJson('the request body must be a JSON object');
  return body;
}

/** An optional nested object (Paging, Sorting, Columns). */
export function optionalObject(value: unknown, field: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw invalidDataType(field, 'an object');
  return value;
}

export function requiredObject(value: unknown, field: string): JsonObject {
  const object = optionalObject(value, field);
  if (object === undefined) throw mandatoryMissing(field);
  return object;
}

/** An event code sent as a number (12005) or as numeric text ("12003"); both appear in the docs. */
export function readEventCode(value: unknown, field: string): number {
  if (isAbsent(value)) throw mandatoryMissing(field);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
  throw invalidDataType(field, 'a numeric event code');
}

/** A non-empty array of non-empty strings (ids). */
export function readIdList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) throw mandatoryMissing(field);
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && id.trim() !== '')) {
    throw invalidDataType(field, 'an array of non-empty strings');
  }
  if (value.length === 0) throw mandatoryMissing(field);
  return value.map((id: string) => id.trim());
}

/** A mandatory non-empty string. */
export function readString(value: unknown, field: string): string {
  if (isAbsent(value)) throw mandatoryMissing(field);
  if (typeof value !== 'string') throw invalidDataType(field, 'a string');
  return value;
}

/** An integer sent as a number or numeric text, within [min, max]. */
export function readInteger(value: unknown, field: string, min: number, max: number): number {
  const number =
    typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < min || number > max) {
    throw invalidDataType(field, `an integer from ${min} to ${max}`);
  }
  return number;
}
