import { canonicalJson } from '../../../src/core/pagination/index.js';

describe('canonicalJson', () => {
  it.each<[string, unknown, unknown]>([
    ['key order', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }],
    ['undefined = missing', { a: 1, b: undefined }, { a: 1 }],
    ['null = missing', { a: 1, b: null }, { a: 1 }],
    ['null = undefined at the top', null, undefined],
    ['empty object = missing', { filter: {} }, {}],
    ['object of nulls = missing', { filter: { a: null, b: undefined } }, { filter: null }],
    [
      'Date = its ISO text',
      { after: new Date('2024-01-01T00:00:00Z') },
      { after: '2024-01-01T00:00:00.000Z' },
    ],
    ['prototype-less object', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ])('equal: %s', (_case, left, right) => {
    expect(canonicalJson(left)).toBe(canonicalJson(right));
  });

  it.each<[string, unknown, unknown]>([
    ['array order matters', { ids: ['a', 'b'] }, { ids: ['b', 'a'] }],
    ['empty list is not missing', { ids: [] }, {}],
    ['number is not string', { a: 1 }, { a: '1' }],
    ['false is not missing', { a: false }, {}],
    ['nested difference', { order: { direction: 'ASC' } }, { order: { direction: 'DESC' } }],
  ])('different: %s', (_case, left, right) => {
    expect(canonicalJson(left)).not.toBe(canonicalJson(right));
  });

  it('keeps nulls inside arrays', () => {
    expect(canonicalJson([1, undefined, null])).toBe('[1,null,null]');
  });

  it.each<[string, unknown]>([
    ['Map', { a: new Map([[1, 2]]) }],
    ['class instance', { a: new (class Filter {})() }],
    ['bigint', { a: 1n }],
    ['function', { a: () => 1 }],
    ['NaN', { a: Number.NaN }],
  ])('refuses %s rather than binding it as something else', (_case, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });
});
