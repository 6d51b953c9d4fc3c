import type { OpportunityRecord } from '../../domain/opportunity.js';
import type { SourcePosition, StreamPage } from '../index.js';
import type { OpportunitySource } from '../../domain/enums.js';

/** A position a stream can resume from ('done' streams are not asked again). */
/**
 * One list the merged listing reads (a Partner Central catalog, one LeadSquared opportunity type,
 * ...), as its source module describes it. Its `name` keys its position inside the cursor.
 */
export interface StreamSpec {
  readonly name: string;
  readonly source: OpportunitySource;
  /** How an error names it: "Partner Central catalog AWS". */
  readonly label: string;
}

export type ResumePosition = Exclude<SourcePosition, { kind: 'done' }>;

/**
 * One upstream list of the merged listing. `read` asks for at most `count` records from just after
 * `after` (from the start when undefined), in the listing's order, with the filters pushed down.
 */
export interface MergeStream {
  readonly spec: StreamSpec;
  /** The kind of position the stream writes into the cursor. */
  readonly positionKind: ResumePosition['kind'];
  read(after: ResumePosition | undefined, count: number): Promise<StreamPage<OpportunityRecord>>;
}

/**
 * The records an offset-paged upstream returned from `offset` as a stream page. Both such upstreams
 * report their total (Account Engagement total_results, LeadSquared RecordCount): more exists when
 * the page came back full and the total says so. A short page ends the list whatever the total
 * says (records deleted since it was counted).
 */
export function offsetStreamPage(
  records: readonly OpportunityRecord[],
  offset: number,
  count: number,
  total: number | null,
): StreamPage<OpportunityRecord> {
  return {
    items: records.map((node, index) => ({
      node,
      position: { kind: 'offset', offset: offset + index },
    })),
    hasMore: records.length === count && (total === null || offset + count < total),
  };
}

/** Where an offset stream resumes: the record after the position's, or the first. */
export function nextOffset(position: ResumePosition | undefined): number {
  if (position === undefined) return 0;
  if (position.kind !== 'offset') {
    throw new Error(`an offset stream was given a ${position.kind} position`);
  }
  return position.offset + 1;
}
