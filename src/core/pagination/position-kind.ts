import { BadUserInputError } from '../errors/index.js';
import type { CursorKind, CursorPosition } from './position.js';

/**
 * Each connection pages one way; a cursor of another kind comes from another connection (its
 * binding normally says so first, this is the typed guard for the rest).
 */
export function expectPositionKind<K extends CursorKind>(
  position: CursorPosition,
  kind: K,
  argument = 'after',
): Extract<CursorPosition, { kind: K }> {
  if (position.kind !== kind) {
    throw new BadUserInputError(
      argument,
      `must be a cursor of this connection: it holds a ${position.kind} position, this connection pages by ${kind}`,
      position,
    );
  }
  return position as Extract<CursorPosition, { kind: K }>;
}
