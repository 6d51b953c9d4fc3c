import { assertNever } from '../errors/index.js';
import {
  CURSOR_KINDS,
  type CursorKind,
  type CursorPosition,
  type MergePosition,
  type SourcePosition,
  type TokenPosition,
} from './position.js';

/** Reports what is wrong with a decoded cursor; the caller turns it into a BAD_USER_INPUT. */
export type Fail = (problem: string) => never;

/*
 * Turns the untrusted JSON of a cursor back into a CursorPosition, field by field. Extra fields are
 * refused as well as missing ones: we wrote the record, so anything else was made by someone else.
 */

export function readPosition(raw: unknown, fail: Fail): CursorPosition {
  const record = readObject(raw, 'position', fail);
  const kind = record.kind;
  if (typeof kind !== 'string' || !isCursorKind(kind)) {
    return fail(`its position has an unknown kind ${JSON.stringify(kind)}`);
  }
  switch (kind) {
    case 'offset':
      expectKeys(record, ['kind', 'offset'], 'offset position', fail);
      return { kind, offset: readCount(record.offset, 'offset', fail) };
    case 'token':
      return readTokenPosition(record, fail);
    case 'merge':
      return readMergePosition(record, fail);
    default:
      return assertNever(kind, 'cursor kind');
  }
}

function isCursorKind(kind: string): kind is CursorKind {
  return (CURSOR_KINDS as readonly string[]).includes(kind);
}

function readTokenPosition(record: Record<string, unknown>, fail: Fail): TokenPosition {
  expectKeys(record, ['kind', 'token', 'index'], 'token position', fail);
  const { token, index } = record;
  if (token !== null && (typeof token !== 'string' || token === '')) {
    return fail('its token is neither null nor a non-empty string');
  }
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < -1) {
    return fail('its index is not an integer >= -1');
  }
  return { kind: 'token', token, index };
}

function readMergePosition(record: Record<string, unknown>, fail: Fail): MergePosition {
  expectKeys(record, ['kind', 'sources'], 'merge position', fail);
  const rawSources = readObject(record.sources, 'sources', fail);
  const sources: Record<string, SourcePosition> = {};
  for (const [name, rawSource] of Object.entries(rawSources)) {
    sources[name] = readSourcePosition(rawSource, name, fail);
  }
  return { kind: 'merge', sources };
}

function readSourcePosition(raw: unknown, name: string, fail: Fail): SourcePosition {
  const source = readObject(raw, `sources.${name}`, fail);
  if (source.kind === 'done') {
    expectKeys(source, ['kind'], `sources.${name}`, fail);
    return { kind: 'done' };
  }
  if (source.kind === 'offset' || source.kind === 'token') {
    const position = readPosition(source, fail);
    if (position.kind === 'offset' || position.kind === 'token') {
      return position;
    }
  }
  return fail(`its sources.${name} has an unknown kind ${JSON.stringify(source.kind)}`);
}

function readObject(raw: unknown, field: string, fail: Fail): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`its ${field} is not an object`);
  }
  return raw as Record<string, unknown>;
}

function readCount(raw: unknown, field: string, fail: Fail): number {
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
    return fail(`its ${field} is not a non-negative integer`);
  }
  return raw;
}

function expectKeys(
  record: Record<string, unknown>,
  keys: readonly string[],
  what: string,
  fail: Fail,
): void {
  const extra = Object.keys(record).filter((key) => !keys.includes(key));
  if (extra.length > 0) {
    fail(`its ${what} has unexpected fields ${extra.join(', ')}`);
  }
  const missing = keys.filter((key) => !Object.hasOwn(record, key));
  if (missing.length > 0) {
    fail(`its ${what} lacks ${missing.join(', ')}`);
  }
}
