import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import {
  collectMergedPage,
  decodeOptionalCursor,
  expectPositionKind,
  resolveFirst,
  type Connection,
} from '../../core/pagination/index.js';
import type { OpportunitySource } from '../../core/domain/enums.js';
import type { AppError } from '../../core/errors/index.js';
import { MERGED_LISTING_SOURCES, type SourceKey } from '../registry.js';
import {
  mergedBinding,
  mergedQueryOf,
  type MergedFilter,
  type MergedOrder,
} from './merged-query.js';
import { mergedOrder } from '../../core/pagination/merged/merged-order.js';
import { checkStart, readStreams } from '../../core/pagination/merged/read-streams.js';
import { streamFailure } from './stream-failure.js';

export interface OpportunitiesArgs {
  first?: number | null;
  after?: string | null;
  filter?: MergedFilter | null;
  orderBy?: MergedOrder | null;
}

/** What each source must fetch up front for the query, by module key (schema/ works it out). */
export type MergedSelection = Partial<Record<SourceKey, unknown>>;

/** Reports an error on the listing's field without failing it. */
export type ReportError = (error: AppError) => void;

export type MergedConnection = Connection<OpportunityRecord> & {
  unavailableSources: OpportunitySource[];
};

/**
 * `opportunities`: every configured source interleaved by createdAt (docs/pagination.md#the-merged-listing). Each stream that
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
  selection: MergedSelection,
  report: ReportError,
): Promise<MergedConnection> {
  const first = resolveFirst(args.first);
  const query = mergedQueryOf(args.filter, args.orderBy, ctx.services);
  const binding = mergedBinding(query);
  const after = decodeOptionalCursor(args.after, binding);
  const start = after === null ? {} : expectPositionKind(after, 'merge').sources;
  const streams = query.streams.map((spec) => {
    // Each spec comes from its module's merged.streams(): the same module opens it.
    const module = MERGED_LISTING_SOURCES.find((candidate) => candidate.source === spec.source)!;
    return module.merged.open(spec, query, ctx, selection[module.key as SourceKey]);
  });
  checkStart(start, streams, args.after);

  const reads = await readStreams(streams, start, first);
  const { outcomes } = reads;
  const failures = reads.failures.map(({ stream, error }) => ({
    stream,
    error: streamFailure(stream.spec, error, ctx),
  }));
  const asked = Object.keys(outcomes).length;
  if (asked > 0 && failures.length === asked) {
    // Nothing to serve: an empty page with hasNextPage would send clients round in circles.
    failures.slice(1).forEach(({ error }) => report(error));
    throw failures[0]!.error;
  }
  failures.forEach(({ error }) => report(error));

  const connection = collectMergedPage({
    streams: streams.map((stream) => stream.spec.name),
    start,
    outcomes,
    first,
    compare: mergedOrder(query.direction),
    binding,
    hasPreviousPage: after !== null,
  });
  return {
    ...connection,
    unavailableSources: [...new Set(failures.map(({ stream }) => stream.spec.source))],
  };
}
