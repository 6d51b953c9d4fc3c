import type { CursorPosition } from './position.js';

/**
 * An edge whose cursor is encoded when first read, then kept. Most queries select `nodes`, or only
 * `pageInfo.endCursor`, so encoding every edge's cursor up front (validation, a SHA-256 checksum
 * and base64url each) was mostly wasted. The getter lives on the prototype because an object
 * literal with a getter per edge measured over ten times slower to build than a plain object.
 * The GraphQL field reads `cursor` like any property, so the schema does not change.
 */
export class LazyEdge<T> {
  readonly node: T;
  readonly #position: CursorPosition;
  readonly #encode: (position: CursorPosition) => string;
  #cursor: string | undefined;

  constructor(node: T, position: CursorPosition, encode: (position: CursorPosition) => string) {
    this.node = node;
    this.#position = position;
    this.#encode = encode;
  }

  get cursor(): string {
    this.#cursor ??= this.#encode(this.#position);
    return this.#cursor;
  }
}
