import { BadUserInputError } from '../../core/errors/index.js';
import { checkBoundOrder } from '../../core/pagination/bound-order.js';
import type { StreamSpec } from '../../core/pagination/merged/stream.js';
import { OpportunitySource, SortDirection } from '../../core/domain/enums.js';
import { MERGED_LISTING_SOURCES, type Services } from '../registry.js';

export type { StreamSpec } from '../../core/pagination/merged/stream.js';

/** The merged listing's filter, as the schema's OpportunityFilter input gives it. */
export interface MergedFilter {
  readonly sources?: readonly OpportunitySource[] | null | undefined;
  readonly createdAfter?: Date | null | undefined;
  readonly createdBefore?: Date | null | undefined;
}

export interface MergedOrder {
  readonly direction?: SortDirection | null | undefined;
}

/** The merged listing's arguments, checked, with the streams the configuration gives them. */
export interface MergedQuery {
  streams: readonly StreamSpec[];
  /** Strict bounds on createdAt. */
  createdAfter: Date | null;
  createdBefore: Date | null;
  direction: SortDirection;
}

/**
 * Checks the filter before anything is sent and lists the streams: every configured catalog and
 * event code of the sources asked for, in a fixed order (it breaks ties and keys the cursor).
 */
export function mergedQueryOf(
  filter: MergedFilter | null | undefined,
  orderBy: MergedOrder | null | undefined,
  services: Services,
): MergedQuery {
  const sources = filter?.sources;
  if (sources !== null && sources !== undefined && sources.length === 0) {
    throw new BadUserInputError(
      'filter.sources',
      'must name at least one source (omit it for every source)',
      sources,
    );
  }
  const wanted = new Set<OpportunitySource>(
    sources ?? MERGED_LISTING_SOURCES.map((module) => module.source as OpportunitySource),
  );
  const createdAfter = filter?.createdAfter ?? null;
  const createdBefore = filter?.createdBefore ?? null;
  checkBoundOrder(createdAfter, createdBefore, {
    argument: 'filter.createdAfter',
    rule: 'must be earlier than filter.createdBefore (both bounds are strict)',
    allowEqual: false,
    shown: (after) => after.toISOString(),
  });
  const streams = MERGED_LISTING_SOURCES.filter((module) =>
    wanted.has(module.source as OpportunitySource),
  ).flatMap((module) => module.merged.streams(services[module.key as keyof Services]));
  return {
    streams,
    createdAfter,
    createdBefore,
    direction: orderBy?.direction ?? SortDirection.DESC,
  };
}

/**
 * What a merged cursor is bound to. The stream names are part of it: a cursor issued before the
 * configured catalogs or event codes changed is refused instead of skipping or repeating records.
 */
export function mergedBinding(query: MergedQuery): unknown {
  return {
    connection: 'opportunities',
    streams: query.streams.map((stream) => stream.name),
    createdAfter: query.createdAfter?.toISOString() ?? null,
    createdBefore: query.createdBefore?.toISOString() ?? null,
    direction: query.direction,
  };
}
