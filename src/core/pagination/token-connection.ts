import { buildConnection, type Connection, type PositionedItem } from './connection.js';
import type { CursorPosition, TokenPosition } from './position.js';
import { expectPositionKind } from './position-kind.js';

/*
 * Connections over NextToken APIs (Partner Central List* calls). `first` is independent of the
 * upstream page size: a page of 7 may start in the middle of one upstream page and end in the
 * next, and every record must come exactly once (docs/pagination.md).
 *
 * A listing of its own should ask the upstream for its largest page (MaxResults 100): that costs
 * the fewest calls. A walk that must not read more than it can use (one stream of the merged
 * listing) asks for `wanted` instead. Either way the walk stays correct when the size changes
 * between requests, because a cursor's index is skipped across pages rather than assumed to fall
 * within one.
 */

export interface TokenPage<T> {
  items: readonly T[];
  /** Absent, null or "" ends the list, as it does for the AWS SDK paginators. */
  nextToken?: string | null | undefined;
}

/**
 * `wanted`: how many records of page `token`, counted from its start, would complete the walk and
 * answer hasNextPage (the records the cursor passes over, those still missing, and one more).
 */
export type FetchTokenPage<T> = (token: string | null, wanted: number) => Promise<TokenPage<T>>;

export interface TokenWalkInput<T> {
  after: CursorPosition | null;
  first: number;
  fetchPage: FetchTokenPage<T>;
  /** Guard against an upstream that hands out empty pages forever; exceeding it is a bug there. */
  maxFetches?: number;
  /** The argument named when `after` is a cursor of another kind. */
  argument?: string;
}

export interface TokenWalk<T> {
  items: PositionedItem<T>[];
  hasNextPage: boolean;
}

export const DEFAULT_MAX_TOKEN_FETCHES = 50;

/**
 * Reads upstream pages from the cursor on until `first` records are collected and it is known
 * whether one more exists. That last question is answered by looking, never by trusting a
 * NextToken: upstreams may end a list with an empty page, and a hasNextPage leading to an empty
 * page is a lie Relay clients act on. The price is one extra call only when the page ends exactly
 * on an upstream page boundary, and the look is not wasted: the last record's cursor then names
 * the next upstream page directly (index -1), which is where the following request starts.
 */
export async function walkTokenPages<T>(input: TokenWalkInput<T>): Promise<TokenWalk<T>> {
  const { first, fetchPage, maxFetches = DEFAULT_MAX_TOKEN_FETCHES, argument = 'after' } = input;
  const start = input.after === null ? null : expectPositionKind(input.after, 'token', argument);
  let token = start?.token ?? null;
  // Records of page `token` to pass over: everything up to and including the cursor's record.
  let skip = start === null ? 0 : start.index + 1;
  const items: PositionedItem<T>[] = [];

  for (let fetches = 0; ; fetches += 1) {
    if (fetches === maxFetches) {
      throw new Error(`Token walk gave up after ${maxFetches} upstream pages`);
    }
    const page = await fetchPage(token, skip + (first - items.length) + 1);
    const records = page.items;
    const nextToken = followingToken(page.nextToken, token);
    let index = skip;
    for (; index < records.length && items.length < first; index += 1) {
      const position = positionOf(token, index, records.length, nextToken);
      items.push({ node: records[index] as T, position });
    }
    if (index < records.length) {
      return { items, hasNextPage: true };
    }
    if (nextToken === null) {
      return { items, hasNextPage: false };
    }
    if (records.length === 0) {
      passEmptyPage(items, token, nextToken);
    }
    // The cursor's record may lie beyond this page if the page size changed since it was issued.
    skip = Math.max(0, skip - records.length);
    token = nextToken;
  }
}

/** The walk as a Relay connection; totalCount is null because NextToken APIs do not count. */
export async function collectTokenPage<T>(
  input: TokenWalkInput<T> & { binding: unknown; totalCount?: number | null },
): Promise<Connection<T>> {
  const { items, hasNextPage } = await walkTokenPages(input);
  return buildConnection(items, {
    hasNextPage,
    hasPreviousPage: input.after !== null,
    totalCount: input.totalCount ?? null,
    binding: input.binding,
  });
}

/**
 * The last record of a page that has a successor is written as "just before page nextToken", so
 * resuming after it starts on that page instead of refetching this one to learn its NextToken.
 */
function positionOf(
  token: string | null,
  index: number,
  pageLength: number,
  nextToken: string | null,
): TokenPosition {
  return index === pageLength - 1 && nextToken !== null
    ? { kind: 'token', token: nextToken, index: -1 }
    : { kind: 'token', token, index };
}

/**
 * When the last record collected is written as "just before page `token`" and that page turned out
 * empty, it is just as much "just before page `nextToken`": moving it there spares the next request
 * from walking the same empty pages again.
 */
function passEmptyPage<T>(items: PositionedItem<T>[], token: string | null, nextToken: string) {
  const last = items.at(-1);
  if (
    last?.position.kind === 'token' &&
    last.position.index === -1 &&
    last.position.token === token
  ) {
    last.position = { kind: 'token', token: nextToken, index: -1 };
  }
}

/** A repeated token would loop forever; the AWS SDK paginators stop on it too. */
function followingToken(next: string | null | undefined, current: string | null): string | null {
  return next === undefined || next === null || next === '' || next === current ? null : next;
}
