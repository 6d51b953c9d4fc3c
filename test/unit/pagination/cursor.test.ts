import { createHash } from 'node:crypto';
import { BadUserInputError } from '../../../src/core/errors/index.js';
import {
  canonicalJson,
  CURSOR_PREFIX,
  decodeCursor,
  decodeOptionalCursor,
  encodeCursor,
  type CursorPosition,
} from '../../../src/core/pagination/index.js';

const BINDING = {
  connection: 'partnerCentralOpportunities',
  catalog: 'AWS',
  filter: { stages: ['Qualified'] },
};
const LONG_TOKEN = 'AAEAAXt'.repeat(292); // about 2,044 characters, like a real NextToken

function rejection(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return error as BadUserInputError;
  }
  throw new Error('expected a BadUserInputError');
}

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const bodyOf = (cursor: string): Record<string, unknown> =>
  JSON.parse(
    Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8'),
  ) as Record<string, unknown>;
const cursorOf = (record: unknown): string => CURSOR_PREFIX + base64url(JSON.stringify(record));

/** What a determined forger would do: rewrite the record and recompute its (keyless) checksum. */
function forge(cursor: string, change: (record: Record<string, unknown>) => void): string {
  const record = bodyOf(cursor);
  change(record);
  record.c = createHash('sha256')
    .update(`cursor\n${canonicalJson([record.v, record.b, record.p])}`, 'utf8')
    .digest()
    .subarray(0, 9)
    .toString('base64url');
  return cursorOf(record);
}

describe('cursor round trip', () => {
  it.each<[string, CursorPosition]>([
    ['offset 0', { kind: 'offset', offset: 0 }],
    ['offset', { kind: 'offset', offset: 123_456 }],
    ['token, first page', { kind: 'token', token: null, index: 0 }],
    ['token', { kind: 'token', token: 'abc/+=def', index: 99 }],
    ['token before a page', { kind: 'token', token: 'next', index: -1 }],
    ['token, long', { kind: 'token', token: LONG_TOKEN, index: 5 }],
    [
      'merge',
      {
        kind: 'merge',
        sources: {
          PARTNER_CENTRAL: { kind: 'token', token: LONG_TOKEN, index: 3 },
          ACCOUNT_ENGAGEMENT: { kind: 'offset', offset: 17 },
          LEADSQUARED: { kind: 'done' },
        },
      },
    ],
    ['merge, nothing yet', { kind: 'merge', sources: {} }],
  ])('%s', (_case, position) => {
    const cursor = encodeCursor(position, BINDING);
    expect(cursor.startsWith('og1.')).toBe(true);
    expect(cursor).toMatch(/^og1\.[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, BINDING)).toEqual(position);
  });

  it.each<[string, unknown, unknown]>([
    ['key order', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }],
    ['undefined vs missing', { filter: undefined, order: 'DESC' }, { order: 'DESC' }],
    ['null vs undefined', { filter: null }, { filter: undefined }],
  ])('binding is canonical: %s', (_case, issued, given) => {
    const cursor = encodeCursor({ kind: 'offset', offset: 3 }, issued);
    expect(decodeCursor(cursor, given)).toEqual({ kind: 'offset', offset: 3 });
  });

  it('decodeOptionalCursor passes absent cursors through', () => {
    expect(decodeOptionalCursor(undefined, BINDING)).toBeNull();
    expect(decodeOptionalCursor(null, BINDING)).toBeNull();
    const cursor = encodeCursor({ kind: 'offset', offset: 1 }, BINDING);
    expect(decodeOptionalCursor(cursor, BINDING)).toEqual({ kind: 'offset', offset: 1 });
  });

  it.each<[string, unknown]>([
    ['negative offset', { kind: 'offset', offset: -1 }],
    ['fractional offset', { kind: 'offset', offset: 1.5 }],
    ['NaN offset', { kind: 'offset', offset: Number.NaN }],
    ['index below -1', { kind: 'token', token: 't', index: -2 }],
    ['empty token', { kind: 'token', token: '', index: 0 }],
    ['extra field', { kind: 'offset', offset: 1, total: 3 }],
    ['unknown kind', { kind: 'page', page: 1 }],
  ])('encodeCursor refuses a position it could not decode: %s', (_case, position) => {
    expect(() => encodeCursor(position as CursorPosition, BINDING)).toThrow(
      /Cannot encode a cursor/,
    );
  });
});

describe('cursor rejection', () => {
  const valid = encodeCursor({ kind: 'token', token: 'tok-1', index: 4 }, BINDING);

  it.each<[string, string, string]>([
    ['empty', '', 'must be a cursor returned by this API (they start with "og1.")'],
    ['not ours', 'YXJyYXljb25uZWN0aW9uOjQ=', 'they start with "og1."'],
    ['other version prefix', `og2.${valid.slice(4)}`, 'they start with "og1."'],
    ['our body without prefix', valid.slice(4), 'they start with "og1."'],
    ['prefix only', 'og1.', 'it is not base64url'],
    ['not base64url', 'og1.ab!cd', 'it is not base64url'],
    ['base64 padding', `${valid}=`, 'it is not base64url'],
    [
      'standard base64 alphabet',
      `og1.${base64url('{"v":1}').replace(/.$/, '+')}`,
      'it is not base64url',
    ],
    ['not JSON', `og1.${base64url('offset=4')}`, 'it does not hold JSON'],
    ['JSON array', cursorOf([1, 2]), 'it does not hold a cursor record'],
    ['JSON number', cursorOf(5), 'it does not hold a cursor record'],
    [
      'other version',
      cursorOf({ ...bodyOf(valid), v: 2 }),
      'must be a cursor of version 1 (this one has version 2)',
    ],
    ['no version', cursorOf({ p: bodyOf(valid).p }), 'version 1 (this one has version undefined)'],
    [
      'missing checksum',
      cursorOf({ ...bodyOf(valid), c: undefined }),
      'its fields are not those of a cursor',
    ],
    ['extra field', cursorOf({ ...bodyOf(valid), x: 1 }), 'its fields are not those of a cursor'],
    [
      'edited position, old checksum',
      cursorOf({ ...bodyOf(valid), p: { kind: 'token', token: 'tok-1', index: 5 } }),
      'its checksum does not match',
    ],
    [
      'forged unknown kind',
      forge(valid, (record) => (record.p = { kind: 'page', page: 2 })),
      'its position has an unknown kind "page"',
    ],
    [
      'forged string offset',
      forge(valid, (record) => (record.p = { kind: 'offset', offset: '7' })),
      'its offset is not a non-negative integer',
    ],
    [
      'forged missing index',
      forge(valid, (record) => (record.p = { kind: 'token', token: 'x' })),
      'its token position lacks index',
    ],
    [
      'forged numeric token',
      forge(valid, (record) => (record.p = { kind: 'token', token: 5, index: 0 })),
      'its token is neither null nor a non-empty string',
    ],
    [
      'forged merge source',
      forge(
        valid,
        (record) =>
          (record.p = {
            kind: 'merge',
            sources: { X: { kind: 'segmented' } },
          }),
      ),
      'its sources.X has an unknown kind "segmented"',
    ],
    [
      'forged merge field',
      forge(valid, (record) => (record.p = { kind: 'merge', sources: {}, last: { id: 'a' } })),
      'its merge position has unexpected fields last',
    ],
    [
      'forged binding',
      forge(valid, (record) => (record.b = 'AAAAAAAAAAAA')),
      'was issued for a different filter or order',
    ],
    ['far too long', `og1.${'A'.repeat(20_000)}`, 'it is longer than 16384 characters'],
  ])('%s', (_case, cursor, rule) => {
    const error = rejection(() => decodeCursor(cursor, BINDING));
    expect(error.argument).toBe('after');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(rule);
    expect(error.message).toContain(
      `Invalid value for "after" (got ${JSON.stringify(cursor).slice(0, 60)}`,
    );
  });

  it('refuses a cursor issued for another filter, order or connection', () => {
    const cursor = encodeCursor(
      { kind: 'offset', offset: 19 },
      { filter: { stage: 'Won' }, order: 'ASC' },
    );
    for (const other of [
      { filter: { stage: 'Lost' }, order: 'ASC' },
      { filter: { stage: 'Won' }, order: 'DESC' },
      { filter: { stage: 'Won' } },
      null,
    ]) {
      const error = rejection(() => decodeCursor(cursor, other, 'cursor'));
      expect(error.argument).toBe('cursor');
      expect(error.message).toContain('was issued for a different filter or order');
    }
  });

  it('refuses every single-character edit', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let index = 0; index < valid.length; index += 1) {
      for (const shift of [1, 17, 40]) {
        const char = valid[index] ?? '';
        const replacement = alphabet[(alphabet.indexOf(char) + shift) % alphabet.length] ?? '';
        const edited = valid.slice(0, index) + replacement + valid.slice(index + 1);
        expect(rejection(() => decodeCursor(edited, BINDING)).argument).toBe('after');
      }
    }
  });

  it('refuses every truncation', () => {
    for (let length = 0; length < valid.length; length += 1) {
      expect(rejection(() => decodeCursor(valid.slice(0, length), BINDING)).argument).toBe('after');
    }
  });
});

describe('a misused cursor names the field it was issued for', () => {
  const issued = encodeCursor(
    { kind: 'offset', offset: 3 },
    { connection: 'partnerCentralOpportunities', input: { Catalog: 'AWS' } },
  );

  it('used with another field: names both', () => {
    const error = rejection(() =>
      decodeCursor(issued, { connection: 'leadSquaredOpportunities', eventCode: 12 }),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.argument).toBe('after');
    expect(error.message).toContain(
      'was issued for partnerCentralOpportunities, not for leadSquaredOpportunities',
    );
  });

  it('used with the same field and other arguments: names the field', () => {
    const error = rejection(() =>
      decodeCursor(issued, {
        connection: 'partnerCentralOpportunities',
        input: { Catalog: 'Sandbox' },
      }),
    );
    expect(error.message).toContain(
      'was issued for a different filter or order (partnerCentralOpportunities with other arguments)',
    );
  });

  it('an edited field name changes only the words: the binding still refuses the cursor', () => {
    const record = bodyOf(issued);
    record.f = 'leadSquaredOpportunities';
    const error = rejection(() =>
      decodeCursor(cursorOf(record), { connection: 'leadSquaredOpportunities' }),
    );
    expect(error.message).toContain('was issued for a different filter or order');
  });

  it('a cursor without the field (issued before it was added) still decodes', () => {
    const record = bodyOf(issued);
    delete record.f;
    expect(
      decodeCursor(cursorOf(record), {
        connection: 'partnerCentralOpportunities',
        input: { Catalog: 'AWS' },
      }),
    ).toEqual({ kind: 'offset', offset: 3 });
  });

  it('still decodes with its own binding', () => {
    expect(
      decodeCursor(issued, {
        connection: 'partnerCentralOpportunities',
        input: { Catalog: 'AWS' },
      }),
    ).toEqual({ kind: 'offset', offset: 3 });
  });
});
