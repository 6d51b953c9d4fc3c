import { buildConnection, type Connection, type PositionedItem } from './connection.js';
import type { MergePosition, SourcePosition } from './position.js';

/*
 * The k-way merge behind the merged `opportunities` listing (docs/pagination.md#the-merged-listing). Pure:
 * the caller reads every stream from where the cursor left it, concurrently, and hands over what
 * each returned (or that it failed); this decides which records make the page and what every edge's
 * cursor holds. Each stream is in the listing's order already (the upstream sorts it), so the
 * merge only ever compares stream heads.
 */

/** A record of one stream, with that stream's position once the record is consumed. */
export interface StreamItem<T> {
  node: T;
  position: Exclude<SourcePosition, { kind: 'done' }>;
}

/** What one stream returned for this page. */
export interface StreamPage<T> {
  /** The stream's next records, in its order: at most the page size. */
  items: readonly StreamItem<T>[];
  /** Whether the stream holds records beyond `items`. */
  hasMore: boolean;
}

/** A stream that failed for this page keeps its position; the next page asks it again. */
export type StreamOutcome<T> = { ok: true; page: StreamPage<T> } | { ok: false };

export interface MergeInput<T> {
  /** Every stream of the listing, in a fixed order (it breaks ties the comparator leaves). */
  streams: readonly string[];
  /** Where each stream stood; an absent stream starts at its beginning. */
  start: Readonly<Record<string, SourcePosition>>;
  /** What each stream returned; streams that were not asked (done ones) are absent. */
  outcomes: Readonly<Record<string, StreamOutcome<T>>>;
  first: number;
  /** Negative when `a` comes first in the listing. */
  compare: (a: T, b: T) => number;
}

export interface MergedPage<T> {
  items: PositionedItem<T>[];
  hasNextPage: boolean;
}

interface Head<T> {
  name: string;
  page: StreamPage<T>;
  next: number;
}

export function mergeStreams<T>(input: MergeInput<T>): MergedPage<T> {
  const { streams, outcomes, first, compare } = input;
  const positions: Record<string, SourcePosition> = { ...input.start };
  const heads: Head<T>[] = [];
  let failed = false;
  for (const name of streams) {
    const outcome = outcomes[name];
    if (outcome === undefined) continue;
    if (!outcome.ok) {
      failed = true;
      continue;
    }
    heads.push({ name, page: outcome.page, next: 0 });
    // An empty stream is finished from the first edge on: later pages need not ask it again.
    if (outcome.page.items.length === 0 && !outcome.page.hasMore)
      positions[name] = { kind: 'done' };
  }

  const items: PositionedItem<T>[] = [];
  while (items.length < first) {
    // A stream whose buffered records are used up but which holds more has an unknown next
    // record: anything emitted after this point might belong behind it. The page ends here; with
    // every stream returning a full page's worth this happens only when one stream filled it.
    if (heads.some((head) => head.next === head.page.items.length && head.page.hasMore)) break;
    const head = smallest(heads, compare);
    if (head === undefined) break;
    const item = head.page.items[head.next] as StreamItem<T>;
    head.next += 1;
    positions[head.name] =
      head.next === head.page.items.length && !head.page.hasMore ? { kind: 'done' } : item.position;
    const position: MergePosition = { kind: 'merge', sources: { ...positions } };
    items.push({ node: item.node, position });
  }

  const hasNextPage =
    failed || heads.some((head) => head.next < head.page.items.length || head.page.hasMore);
  return { items, hasNextPage };
}

/** The merged page as a Relay connection; totalCount is null (not every stream can count). */
export function collectMergedPage<T>(
  input: MergeInput<T> & { binding: unknown; hasPreviousPage: boolean },
): Connection<T> {
  const { items, hasNextPage } = mergeStreams(input);
  return buildConnection(items, {
    hasNextPage,
    hasPreviousPage: input.hasPreviousPage,
    totalCount: null,
    binding: input.binding,
  });
}

/** The head that comes first; on a tie the earlier stream, so the merge is deterministic. */
function smallest<T>(heads: readonly Head<T>[], compare: (a: T, b: T) => number) {
  let best: Head<T> | undefined;
  for (const head of heads) {
    if (head.next === head.page.items.length) continue;
    if (
      best === undefined ||
      compare(head.page.items[head.next]!.node, best.page.items[best.next]!.node) < 0
    ) {
      best = head;
    }
  }
  return best;
}
