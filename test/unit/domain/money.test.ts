import { toMoneyScale, toScaledMoney } from '../../../src/core/domain/money.js';

describe('toMoneyScale: every amount with two decimal places, by string arithmetic', () => {
  it.each([
    ['56250', '56250.00'],
    ['45050.00', '45050.00'],
    ['99.5', '99.50'],
    ['0', '0.00'],
    ['.5', '0.50'],
    ['7.', '7.00'],
    ['0007.1', '7.10'],
    ['+12.3', '12.30'],
  ])('pads or keeps %s as %s', (input, expected) => {
    expect(toMoneyScale(input)).toBe(expected);
  });

  it.each([
    ['0.125', '0.13'],
    ['0.124999', '0.12'],
    ['1.005', '1.01'],
    ['9.995', '10.00'],
    ['999.999', '1000.00'],
    ['1499.9949', '1499.99'],
  ])('rounds %s half away from zero to %s', (input, expected) => {
    expect(toMoneyScale(input)).toBe(expected);
  });

  it.each([
    ['-3.5', '-3.50'],
    ['-0.125', '-0.13'],
    ['-9.995', '-10.00'],
    ['-0.001', '0.00'],
    ['-0', '0.00'],
  ])('keeps the sign of negative %s as %s (no "-0.00")', (input, expected) => {
    expect(toMoneyScale(input)).toBe(expected);
  });

  it('keeps every digit of amounts beyond 2^53, where a Number would round', () => {
    expect(toMoneyScale('9007199254740993')).toBe('9007199254740993.00');
    expect(toMoneyScale('9007199254740993.07')).toBe('9007199254740993.07');
    expect(toMoneyScale('123456789012345678901234567890.555')).toBe(
      '123456789012345678901234567890.56',
    );
    expect(toMoneyScale('99999999999999999999.995')).toBe('100000000000000000000.00');
  });

  it.each(['', '.', '-', '1,000.00', '1e5', 'abc', '12.3.4', 'NaN'])(
    'refuses %j, which is not a plain decimal',
    (input) => {
      expect(toMoneyScale(input)).toBeNull();
    },
  );

  it('toScaledMoney keeps the currency and drops an amount that is not a decimal', () => {
    expect(toScaledMoney({ amount: '56250', currencyCode: 'USD' })).toEqual({
      amount: '56250.00',
      currencyCode: 'USD',
    });
    expect(toScaledMoney({ amount: 'n/a', currencyCode: 'USD' })).toBeNull();
    expect(toScaledMoney(null)).toBeNull();
  });
});
