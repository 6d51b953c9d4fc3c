import type { FetchTokenPage } from '../../../src/core/pagination/index.js';

/**
 * A NextToken upstream holding 0..n-1 split into pages of the given sizes (0 allowed), with the log
 * of the tokens it was called with. Tokens are opaque strings like the real ones.
 */
export function tokenUpstream(
  pageSizes: readonly number[],
): [FetchTokenPage<number>, (string | null)[]] {
  const pages: number[][] = [];
  let next = 0;
  for (const size of pageSizes) {
    pages.push(Array.from({ length: size }, () => next++));
  }
  const tokenOf = (page: number): string | null =>
    page === 0 ? null : `tok-${page}-${page * 7919}`;
  const calls: (string | null)[] = [];
  const fetchPage: FetchTokenPage<number> = async (token) => {
    calls.push(token);
    const page = pages.findIndex((_, index) => tokenOf(index) === token);
    if (page < 0) {
      throw new Error(`unknown token ${token}`);
    }
    const hasNext = page + 1 < pages.length;
    return { items: pages[page] ?? [], nextToken: hasNext ? tokenOf(page + 1) : null };
  };
  return [fetchPage, calls];
}

export function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
