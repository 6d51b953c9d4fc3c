import { planOffsetPages, sliceFromPages } from './offset-plan.js';

export interface FetchedPage<T> {
  items: readonly T[];
  /** The upstream's count of the whole list, when it reports one. */
  total: number | null;
}

/**
 * Fetches the records [offset, offset + count) from an upstream that pages by index and size
 * (LeadSquared PageIndex/PageSize), with the pages planOffsetPages chooses, in parallel. Returns
 * the records and the upstream total of the first page.
 */
export async function fetchOffsetRange<T>(
  offset: number,
  count: number,
  maxPageSize: number,
  fetchPage: (pageIndex: number, pageSize: number) => Promise<FetchedPage<T>>,
): Promise<FetchedPage<T>> {
  const plan = planOffsetPages(offset, count, maxPageSize);
  const pages = await Promise.all(plan.pageIndexes.map((index) => fetchPage(index, plan.pageSize)));
  return {
    items: sliceFromPages(
      plan,
      pages.map((page) => page.items),
      offset,
      count,
    ),
    total: pages[0]?.total ?? null,
  };
}
