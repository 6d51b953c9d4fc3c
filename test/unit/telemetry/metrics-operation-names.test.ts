import {
  ANONYMOUS_OPERATION,
  MAX_OPERATION_NAMES,
  OperationNames,
  OTHER_OPERATIONS,
} from '../../../src/telemetry/metrics/operation-names.js';

describe('the operation_name label', () => {
  it('keeps the first 100 distinct names; later ones share "other", known ones stay', () => {
    const names = new OperationNames();
    expect(MAX_OPERATION_NAMES).toBe(100);
    for (let i = 0; i < 100; i += 1) expect(names.label(`Op${i}`)).toBe(`Op${i}`);
    expect(names.label('Op100')).toBe(OTHER_OPERATIONS);
    expect(names.label('Late')).toBe(OTHER_OPERATIONS);
    // A name seen before the cap keeps its own value, however often it comes back.
    expect(names.label('Op0')).toBe('Op0');
    expect(names.label('Op99')).toBe('Op99');
    expect(names.label('Op100')).toBe('other');
  });

  it('counts repeats once toward the cap', () => {
    const names = new OperationNames(2);
    expect(['A', 'A', 'A', 'B', 'C', 'A', 'B'].map((name) => names.label(name))).toEqual([
      'A',
      'A',
      'A',
      'B',
      'other',
      'A',
      'B',
    ]);
  });

  it('gives anonymous and unknown operations one value, which takes no place in the cap', () => {
    const names = new OperationNames(1);
    expect(names.label(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(names.label(null)).toBe('anonymous');
    expect(names.label('')).toBe('anonymous');
    expect(names.label('Only')).toBe('Only');
  });

  it('labels anything that is not a GraphQL name of at most 64 characters "other"', () => {
    const names = new OperationNames();
    for (const name of [
      'https://evil.example/?token=abc',
      'a=b',
      'with space',
      '1StartsWithDigit',
      'dash-ed',
      `N${'x'.repeat(64)}`,
    ])
      expect(names.label(name)).toBe('other');
    expect(names.label(`N${'x'.repeat(63)}`)).toBe(`N${'x'.repeat(63)}`);
    expect(names.label('_private_Name9')).toBe('_private_Name9');
  });

  it("keeps the count per instance: one app's names do not fill another's", () => {
    const first = new OperationNames(1);
    const second = new OperationNames(1);
    expect(first.label('A')).toBe('A');
    expect(second.label('B')).toBe('B');
    expect(first.label('B')).toBe('other');
  });
});
