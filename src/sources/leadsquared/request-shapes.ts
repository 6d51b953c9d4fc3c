import type { AdvancedSearchRow, GetOpportunitiesByIdGroup, Paging, Sorting } from './wire.js';

/* What the client's callers hand it, and how it shapes those into request bodies. */

export interface OpportunityRef {
  eventCode: number;
  prospectActivityId: string;
}

export type WireOpportunity = GetOpportunitiesByIdGroup['Opportunities'][number];

export interface ListOptions {
  paging: Paging;
  sorting: Sorting;
  columns: readonly string[];
}

/** Key of an opportunity in results: ids are GUIDs, compared without regard to case. */
export const refKey = (eventCode: number | string, id: string) =>
  `${eventCode}:${id.toLowerCase()}`;

/** A list endpoint's body: paging, sorting and, when asked for, the columns to return. */
export function listBody({ paging, sorting, columns }: ListOptions) {
  return {
    Paging: paging,
    Sorting: sorting,
    ...(columns.length > 0 ? { Columns: { Include_CSV: columns.join(',') } } : {}),
  };
}

/** `items` in runs of at most `size` (the per-call id limits). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}

/** GetOpportunitiesById takes one event code per call: ids grouped by theirs. */
export function groupByEventCode(refs: readonly OpportunityRef[]): [number, string[]][] {
  const groups = new Map<number, string[]>();
  for (const ref of refs) {
    const ids = groups.get(ref.eventCode) ?? [];
    ids.push(ref.prospectActivityId);
    groups.set(ref.eventCode, ids);
  }
  return [...groups];
}

/** The AdvancedSearch parameter (a JSON string): every row must hold, dates read in UTC. */
export function advancedSearch(rows: readonly AdvancedSearchRow[]): string {
  return JSON.stringify({
    GrpConOp: 'And',
    Conditions: rows.map((row) => ({ Type: 'Activity', ConOp: 'and', RowCondition: [row] })),
    QueryTimeZone: 'UTC',
  });
}
