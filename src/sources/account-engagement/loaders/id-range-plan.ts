/**
 * Account Engagement has no bulk read by id
 * (docs/upstreams/account-engagement.md#opportunity-operations): many ids cost either one `query`
 * over an id range (up to 200 records, the page limit) or one `read` each. Close ids share a range;
 * lone ids are read. Pure, so the plan is table-tested.
 */
export interface IdRangePlan {
  /** Inclusive id ranges, each to be fetched with one query. */
  ranges: { first: number; last: number }[];
  /** Ids to be read one by one. */
  singles: number[];
}

/** A range query returns at most this many records in one page. */
export const MAX_RANGE_SPAN = 200;

export function planIdRanges(ids: readonly number[], maxSpan = MAX_RANGE_SPAN): IdRangePlan {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const plan: IdRangePlan = { ranges: [], singles: [] };
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1]! - sorted[start]! < maxSpan) end += 1;
    if (end > start) plan.ranges.push({ first: sorted[start]!, last: sorted[end]! });
    else plan.singles.push(sorted[start]!);
    start = end + 1;
  }
  return plan;
}

/**
 * The ids the next call carries when many wait in one queue, first come first served: the range
 * of the oldest id in planIdRanges over all of them (one query), or that id alone (one read) when
 * no other is within the span. `queued` is oldest first.
 */
export function oldestIdGroup(queued: readonly number[], maxSpan = MAX_RANGE_SPAN): number[] {
  const [oldest] = queued;
  if (oldest === undefined) return [];
  const range = planIdRanges(queued, maxSpan).ranges.find(
    ({ first, last }) => first <= oldest && oldest <= last,
  );
  return range ? queued.filter((id) => id >= range.first && id <= range.last) : [oldest];
}
