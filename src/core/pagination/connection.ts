import { cursorEncoder } from './cursor.js';
import { LazyEdge } from './lazy-edge.js';
import type { CursorPosition } from './position.js';

/** Relay connection shapes (docs/pagination.md: `edges`, `nodes`, `pageInfo`, `totalCount`). */

export interface Edge<T> {
  /** Encoded when first read (a getter): assigning it is an error. */
  readonly cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Getters over the first and last edge's cursor. */
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Null when the upstream cannot tell. */
  totalCount: number | null;
}

/** A record of the page with the upstream position its cursor will carry. */
export interface PositionedItem<T> {
  node: T;
  position: CursorPosition;
}

export interface ConnectionOptions {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
  /** What the cursors are bound to; `decodeCursor` must be given an equal binding. */
  binding: unknown;
}

export function buildConnection<T>(
  items: readonly PositionedItem<T>[],
  options: ConnectionOptions,
): Connection<T> {
  // Cursors are encoded only when the query reads them (LazyEdge), all with one binding hash.
  const encode = cursorEncoder(options.binding);
  const edges: Edge<T>[] = items.map((item) => new LazyEdge(item.node, item.position, encode));
  return {
    edges,
    nodes: items.map((item) => item.node),
    pageInfo: {
      hasNextPage: options.hasNextPage,
      hasPreviousPage: options.hasPreviousPage,
      // Getters, so a page whose query asks no cursor encodes none; each reads its edge's memo.
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount: options.totalCount,
  };
}
