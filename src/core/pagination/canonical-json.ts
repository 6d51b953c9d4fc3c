/*
 * Canonical JSON of a cursor's binding (the filter, order and whatever selects the set), so the
 * same query always hashes the same: object keys are sorted, and a key holding null or undefined
 * is dropped, because GraphQL hands us an omitted argument as undefined or null depending on how
 * the client wrote it; an object left empty is dropped too (`filter: {}` selects what no filter
 * selects). Array order is kept: callers whose lists are sets sort them first.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value, '$'));
}

function canonical(value: unknown, path: string): Json {
  if (value === null || value === undefined) {
    return null;
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        throw new TypeError(`Cannot bind a cursor to the non-finite number at ${path}`);
      }
      return value;
    case 'object':
      return canonicalObject(value, path);
    default:
      // bigint, function, symbol: not query arguments; refusing beats a silent collision.
      throw new TypeError(`Cannot bind a cursor to the ${typeof value} at ${path}`);
  }
}

function canonicalObject(value: object, path: string): Json {
  if (Array.isArray(value)) {
    return value.map((item, index) => canonical(item, `${path}[${index}]`));
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    // Date and friends: bind to what JSON would show.
    return canonical(toJSON.call(value), path);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    // A Map or class instance would stringify to {} and bind every query alike.
    throw new TypeError(`Cannot bind a cursor to the non-plain object at ${path}`);
  }
  const result: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const item = canonical((value as Record<string, unknown>)[key], `${path}.${key}`);
    if (item !== null) {
      result[key] = item;
    }
  }
  return Object.keys(result).length === 0 ? null : result;
}
