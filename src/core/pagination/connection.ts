import { encodeCursor } from './cursor.js';
import type { CursorPosition } from './position.js';

/** Relay connection shapes (docs/pagination.md: `edges`, `nodes`, `pageInfo`, `totalCount`). */

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
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
  const edges = items.map((item) => ({
    cursor: encodeCursor(item.position, options.binding),
    node: item.node,
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: options.hasNextPage,
      hasPreviousPage: options.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: options.totalCount,
  };
}
