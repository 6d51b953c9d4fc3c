import { BadUserInputError } from '../errors/index.js';
import { buildConnection, type Connection, type PositionedItem } from './connection.js';
import type { CursorPosition } from './position.js';
import { expectPositionKind } from './position-kind.js';

/*
 * A connection that reads several offset-paged lists one after the other, e.g. a LeadSquared lead's
 * opportunities of event code A, then of B (GetOpportunitiesOfLead takes one opportunityType).
 * Segments are numbered 0..segmentCount-1 in a fixed order that belongs in the cursor binding.
 */

/**
 * Up to `count` records of list `segment` from `offset`. Fewer than `count` means the list ends
 * there: the walk then moves on to the next segment.
 */
export type FetchSegment<T> = (
  segment: number,
  offset: number,
  count: number,
) => Promise<readonly T[]>;

export interface SegmentedWalkInput<T> {
  after: CursorPosition | null;
  first: number;
  segmentCount: number;
  fetchSegment: FetchSegment<T>;
  argument?: string;
}

export interface SegmentedWalk<T> {
  items: PositionedItem<T>[];
  hasNextPage: boolean;
}

/**
 * Asks each segment for one record more than still needed: that record (or the next segment's
 * first one, once the page is full) answers hasNextPage without trusting counts.
 */
export async function walkSegments<T>(input: SegmentedWalkInput<T>): Promise<SegmentedWalk<T>> {
  const { first, segmentCount, fetchSegment, argument = 'after' } = input;
  let segment = 0;
  let offset = 0;
  if (input.after !== null) {
    const after = expectPositionKind(input.after, 'segmented', argument);
    if (after.segment >= segmentCount) {
      throw new BadUserInputError(
        argument,
        `must be a cursor of this connection: it names list ${after.segment + 1}, this connection reads ${segmentCount}`,
        after,
      );
    }
    segment = after.segment;
    offset = after.offset + 1;
  }
  const items: PositionedItem<T>[] = [];
  for (; segment < segmentCount; segment += 1, offset = 0) {
    const wanted = first - items.length;
    const records = await fetchSegment(segment, offset, wanted + 1);
    records.slice(0, wanted).forEach((node, index) => {
      items.push({ node, position: { kind: 'segmented', segment, offset: offset + index } });
    });
    if (records.length > wanted) {
      return { items, hasNextPage: true };
    }
  }
  return { items, hasNextPage: false };
}

export async function collectSegmentedPage<T>(
  input: SegmentedWalkInput<T> & { binding: unknown; totalCount?: number | null },
): Promise<Connection<T>> {
  const { items, hasNextPage } = await walkSegments(input);
  return buildConnection(items, {
    hasNextPage,
    hasPreviousPage: input.after !== null,
    totalCount: input.totalCount ?? null,
    binding: input.binding,
  });
}
