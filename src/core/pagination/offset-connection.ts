import { buildConnection, type Connection } from './connection.js';
import type { CursorPosition } from './position.js';
import { expectPositionKind } from './position-kind.js';

/*
 * Connections over offset-paged upstreams (Account Engagement offset/limit, LeadSquared pages
 * planned by planOffsetPages). The caller fetches from `offsetWindow(after)`: `first` records when
 * the upstream reports its total (AE total_results, LSQ RecordCount), `first + 1` otherwise so the
 * extra record answers hasNextPage.
 */

/** The offset of the first record to return: the one after the cursor's record. */
export function offsetWindow(after: CursorPosition | null, argument = 'after'): number {
  return after === null ? 0 : expectPositionKind(after, 'offset', argument).offset + 1;
}

export interface OffsetConnectionInput<T> {
  /** Upstream records from `startOffset` on, in order; records beyond `first` only tell "more". */
  records: readonly T[];
  startOffset: number;
  totalCount: number | null;
  binding: unknown;
  first: number;
}

export function offsetConnection<T>(input: OffsetConnectionInput<T>): Connection<T> {
  const { records, startOffset, totalCount, binding, first } = input;
  const page = records.slice(0, first);
  // The total is trusted only when the page came back full: a short page means the list ended
  // early (records deleted since the count), and a hasNextPage with no cursor to go on from would
  // loop a client forever.
  const hasNextPage =
    records.length > first ||
    (page.length === first && totalCount !== null && startOffset + first < totalCount);
  return buildConnection(
    page.map((node, index) => ({
      node,
      position: { kind: 'offset', offset: startOffset + index },
    })),
    { hasNextPage, hasPreviousPage: startOffset > 0, totalCount, binding },
  );
}
