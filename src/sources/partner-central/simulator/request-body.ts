/**
 * The request body as a JSON object. An empty body reads as `{}` (the SDK sends `{}` for inputs
 * without members, docs/upstreams/partner-central.md#request-conventions), so missing required
 * members are reported by name. A body that is not a JSON object is a SerializationException, as
 * AWS JSON services answer before the model's validation runs (UNVERIFIED for this service).
 */
import type { SimulatorRequest } from '../../../core/simulator/types.js';
import { serializationError } from './errors.js';

export type JsonObject = Record<string, unknown>;

/** Drops `null` members at every level: null means absent on the wire (see validation/validate). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null)
      .map(([key, member]) => [key, withoutNulls(member)]),
  );
}

export function readRequestBody(req: SimulatorRequest): JsonObject {
  if (req.rawBody.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(req.rawBody);
  } catch {
    throw serializationError('The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw serializationError('The request body must be a JSON object');
  }
  return withoutNulls(body) as JsonObject;
}
