/*
 * Where a cursor points in the upstream. A cursor always names one record (the edge it belongs to);
 * `after` resumes with the record that follows it. Each connection accepts exactly one kind.
 */

/** The record at 0-based `offset` of an offset-paged upstream (AE offset/limit, LSQ PageIndex). */
export interface OffsetPosition {
  kind: 'offset';
  offset: number;
}

/**
 * The record at `index` of the upstream page fetched with `token` (null: the first page), over a
 * NextToken API. `index` -1 names the last record before page `token` (i.e. the last one of the
 * page whose NextToken is `token`): a cursor written that way resumes on page `token` without
 * refetching the page the record came from. In both cases the walk resumes at `index + 1` of page
 * `token`.
 */
export interface TokenPosition {
  kind: 'token';
  token: string | null;
  index: number;
}

/** A source of the merged listing that has nothing left. */
export interface DonePosition {
  kind: 'done';
}

export type SourcePosition = OffsetPosition | TokenPosition | DonePosition;

/**
 * The merged `opportunities` listing (k-way merge by createdAt): every stream's own position once
 * the edge's record is consumed. A stream that is absent has not been read yet (it starts at its
 * beginning); a stream that failed keeps the position it had, so the next page retries it there.
 */
export interface MergePosition {
  kind: 'merge';
  sources: Record<string, SourcePosition>;
}

export type CursorPosition = OffsetPosition | TokenPosition | MergePosition;

export type CursorKind = CursorPosition['kind'];

export const CURSOR_KINDS: readonly CursorKind[] = ['offset', 'token', 'merge'];
