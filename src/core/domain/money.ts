import type { Money } from './opportunity.js';

/** Every Money.amount has this many decimal places, whichever source it came from. */
export const MONEY_SCALE = 2;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * The amount with exactly two decimal places ("56250" -> "56250.00", "-3.5" -> "-3.50",
 * "0.125" -> "0.13"), or null when it is not a plain decimal. Digits are handled as text, never
 * as a Number: upstream amounts can exceed 2^53 and a float would change them. Extra places are
 * rounded half away from zero, as people round money by hand.
 */
export function toMoneyScale(amount: string): string | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const [, sign = '', wholeText = '', fractionText = ''] = match;
  if (wholeText === '' && fractionText === '') return null;
  const kept = fractionText.slice(0, MONEY_SCALE).padEnd(MONEY_SCALE, '0');
  const roundUp = (fractionText[MONEY_SCALE] ?? '0') >= '5';
  let digits = (wholeText === '' ? '0' : wholeText) + kept;
  if (roundUp) digits = incrementDigits(digits);
  digits = digits.replace(/^0+(?=\d{3})/, '');
  const whole = digits.slice(0, -MONEY_SCALE);
  const fraction = digits.slice(-MONEY_SCALE);
  const isZero = /^0*$/.test(digits);
  return `${sign === '-' && !isZero ? '-' : ''}${whole}.${fraction}`;
}

/** The money with its amount at MONEY_SCALE; null when the amount is not a decimal. */
export function toScaledMoney(money: Money | null): Money | null {
  if (money === null) return null;
  const amount = toMoneyScale(money.amount);
  return amount === null ? null : { amount, currencyCode: money.currencyCode };
}

/** Adds one to a string of decimal digits ("0999" -> "1000"), carrying by hand. */
function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}
