import { randomUUID } from 'node:crypto';
import { BadUserInputError } from '../../core/errors/index.js';

/**
 * The caller's idempotency token, or a new one. It is returned in the payload either way, so a
 * caller whose response was lost can send the same mutation again and get the same task back.
 */
export function clientTokenOf(
  value: string | null | undefined,
  argument = 'input.clientToken',
): string {
  if (value === null || value === undefined) return randomUUID();
  // ClientToken pattern `.{1,255}` (docs/upstreams/partner-central.md#idempotency-tokens): one
  // line, 1 to 255 characters.
  if (!/^.{1,255}$/.test(value)) {
    throw new BadUserInputError(argument, 'must be 1 to 255 characters on one line', value);
  }
  return value;
}
