import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../../context.js';
import type { OpportunityRecord } from '../../../domain/opportunity.js';
import { BadUserInputError, type AppError } from '../../../errors/index.js';
import {
  buildConnection,
  decodeOptionalCursor,
  expectPositionKind,
  mergeStreams,
  resolveFirst,
  type Connection,
  type SourcePosition,
  type StreamOutcome,
} from '../../../pagination/index.js';
import type { OpportunityFilter, OpportunityOrder } from '../../inputs/opportunity.filter.js';
import type { OpportunitySource } from '../../types/enums.js';
import { mergedBinding, mergedQueryOf } from './merged-query.js';
import { mergedOrder } from './merged-order.js';
import { openStream } from './open-stream.js';
import type { MergeStream } from './stream.js';
import { reportOnField, streamFailure } from './stream-failure.js';

export interface OpportunitiesArgs {
  first?: number | null;
  after?: string | null;
  filter?: OpportunityFilter | null;
  orderBy?: OpportunityOrder | null;
}

export type MergedConnection = Connection<OpportunityRecord> & {
  unavailableSources: OpportunitySource[];
};

/**
 * `opportunities`: every configured source interleaved by createdAt (api.md). Each stream that
 * is not finished is asked, concurrently, for at most `first` records from where the cursor left
 * it; the k-way merge keeps the `first` that come first and writes every stream's position into
 * each edge's cursor. A stream that fails leaves its position unchanged, is listed in
 * `unavailableSources` and named in an error, and the page is served from the others.
 *
 * totalCount is null: Partner Central cannot count, and finished streams are not asked again.
 */
export async function listOpportunities(
  args: OpportunitiesArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<MergedConnection> {
  const first = resolveFirst(args.first);
  const query = mergedQueryOf(args.filter, args.orderBy, ctx.services);
  const binding = mergedBinding(query);
  const after = decodeOptionalCursor(args.after, binding);
  const start = after === null ? {} : expectPositionKind(after, 'merge').sources;
  const streams = query.streams.map((spec) => openStream(spec, query, ctx, info));
  checkStart(start, streams, args.after);

  const outcomes: Record<string, StreamOutcome<OpportunityRecord>> = {};
  const failures: { stream: MergeStream; error: AppError }[] = [];
  await Promise.all(
    streams.map(async (stream) => {
      const at = start[stream.spec.name];
      if (at?.kind === 'done') return;
      try {
        outcomes[stream.spec.name] = { ok: true, page: await stream.read(at, first) };
      } catch (error) {
        outcomes[stream.spec.name] = { ok: false };
        failures.push({ stream, error: streamFailure(stream.spec, error, ctx) });
      }
    }),
  );
  // Report in stream order, whatever order the failures arrived in.
  failures.sort((a, b) => streams.indexOf(a.stream) - streams.indexOf(b.stream));
  const asked = Object.keys(outcomes).length;
  if (asked > 0 && failures.length === asked) {
    // Nothing to serve: an empty page with hasNextPage would send clients round in circles.
    failures.slice(1).forEach(({ error }) => reportOnField(error, ctx, info));
    throw failures[0]!.error;
  }
  failures.forEach(({ error }) => reportOnField(error, ctx, info));

  const merged = mergeStreams({
    streams: streams.map((stream) => stream.spec.name),
    start,
    outcomes,
    first,
    compare: mergedOrder(query.direction),
  });
  const connection = buildConnection(merged.items, {
    hasNextPage: merged.hasNextPage,
    hasPreviousPage: after !== null,
    totalCount: null,
    binding,
  });
  return {
    ...connection,
    unavailableSources: [...new Set(failures.map(({ stream }) => stream.spec.source))],
  };
}

/**
 * The cursor's positions must be those this listing writes. Its binding already names the
 * streams, so a mismatch means a cursor we did not issue; refuse it before any call.
 */
function checkStart(
  start: Readonly<Record<string, SourcePosition>>,
  streams: readonly MergeStream[],
  cursor: string | null | undefined,
): void {
  for (const [name, position] of Object.entries(start)) {
    const stream = streams.find((candidate) => candidate.spec.name === name);
    if (
      stream === undefined ||
      (position.kind !== 'done' && position.kind !== stream.positionKind)
    ) {
      throw new BadUserInputError(
        'after',
        `must be a cursor returned by this connection: it holds a position for ${name} that this listing does not write`,
        cursor,
      );
    }
  }
}
