import type { OpportunityRecord } from '../../domain/opportunity.js';
import { SortDirection } from '../../../core/domain/enums.js';

/** A record without a creation time sorts as the oldest (it never happens with the three APIs). */
function createdAtOf(record: OpportunityRecord): number {
  const at = record.createdAt === null ? Number.NaN : Date.parse(record.createdAt);
  return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
}

/**
 * The merged listing's order: createdAt in the requested direction, then id ascending. Each source
 * sorts its own records upstream; this decides only between the heads of different sources.
 */
export function mergedOrder(direction: SortDirection) {
  const sign = direction === SortDirection.ASC ? 1 : -1;
  return (a: OpportunityRecord, b: OpportunityRecord): number => {
    const byTime = createdAtOf(a) - createdAtOf(b);
    if (byTime !== 0 && !Number.isNaN(byTime)) return sign * byTime;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
