/*
 * LeadSquared pages with `Paging: { PageIndex (1-based), PageSize }` instead of offset/limit
 * (docs/upstreams/leadsquared.md#opportunity-advanced-search), so the records [offset, offset +
 * count) must be covered by whole pages of one size. Each page is an upstream call against a rate
 * limit, so the plan minimises calls first and transferred records second.
 */

export interface OffsetPagePlan {
  pageSize: number;
  /** 1-based PageIndex values, consecutive, in order. */
  pageIndexes: number[];
}

/**
 * The cheapest pages covering [offset, offset + count):
 * - one page when some size in [count, maxPageSize] holds the whole range; the smallest such size
 *   wins. A walk with constant `first` (offsets 0, first, 2·first, ...) is aligned on `first`
 *   and costs one call per page of size `first`;
 * - otherwise two consecutive pages of size `count`: any size >= count covers the range with at
 *   most two pages, and `count` transfers the fewest records;
 * - when count exceeds maxPageSize, as many pages of maxPageSize as the range touches.
 * Arguments are internal (already validated), so a bad one is a programming error.
 */
export function planOffsetPages(
  offset: number,
  count: number,
  maxPageSize: number,
): OffsetPagePlan {
  assertCount(offset, 'offset', 0);
  assertCount(count, 'count', 0);
  assertCount(maxPageSize, 'maxPageSize', 1);
  if (count === 0) {
    return { pageSize: 1, pageIndexes: [] };
  }
  const last = offset + count - 1;
  if (count > maxPageSize) {
    return pagesCovering(offset, last, maxPageSize);
  }
  for (let size = count; size <= maxPageSize; size += 1) {
    if (Math.floor(offset / size) === Math.floor(last / size)) {
      return { pageSize: size, pageIndexes: [Math.floor(offset / size) + 1] };
    }
  }
  return pagesCovering(offset, last, count);
}

/**
 * The records [offset, offset + count) out of the pages fetched for `plan`, in plan order. A short
 * page means the list ended there, so whatever follows it is ignored rather than misaligned.
 */
export function sliceFromPages<T>(
  plan: OffsetPagePlan,
  pages: readonly (readonly T[])[],
  offset: number,
  count: number,
): T[] {
  const firstIndex = plan.pageIndexes[0];
  if (firstIndex === undefined) {
    return [];
  }
  const joined: T[] = [];
  for (const page of pages) {
    joined.push(...page);
    if (page.length < plan.pageSize) {
      break;
    }
  }
  const start = offset - (firstIndex - 1) * plan.pageSize;
  return joined.slice(start, start + count);
}

function pagesCovering(first: number, last: number, size: number): OffsetPagePlan {
  const from = Math.floor(first / size) + 1;
  const to = Math.floor(last / size) + 1;
  return { pageSize: size, pageIndexes: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

function assertCount(value: number, name: string, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`planOffsetPages: ${name} must be an integer >= ${minimum}, got ${value}`);
  }
}
