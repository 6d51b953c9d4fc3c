/**
 * LeadSquared wire shapes (docs/upstreams/leadsquared.md). Column values are strings or null; every
 * column is optional because the upstream omits requested ones in some responses
 * (docs/upstreams/leadsquared.md#requested-columns-may-be-missing).
 */
export type WireColumns = Record<string, string | null | undefined>;

/** GetOpportunitiesById request (docs/upstreams/leadsquared.md#opportunities-by-id). */
export interface GetOpportunitiesByIdRequest {
  SearchParameters: {
    EventCode: string;
    ProspectActivityId: string[];
    Columns: { Include_CSV: string };
  }[];
}

/** One element per SearchParameters entry, in request order. */
export interface GetOpportunitiesByIdGroup {
  EventCode: string;
  RecordCount: number;
  Opportunities: (WireColumns & { ProspectActivityId: string })[];
}

export interface Paging {
  PageIndex: number;
  PageSize: number;
}

/**
 * "1" = descending (most recent first), "0" = ascending
 * (docs/upstreams/leadsquared.md#request-conventions).
 */
export interface Sorting {
  ColumnName: string;
  Direction: '0' | '1';
}

/**
 * GetOpportunitiesOfLead and Retrieve/BySearchParameter answer a page plus the total
 * (docs/upstreams/leadsquared.md#opportunities-of-a-lead, #not-documented-upstream).
 */
export interface OpportunityListResponse {
  RecordCount: number;
  List: (WireColumns & { OpportunityId?: string | null })[];
}

/**
 * A row of the advanced search grid filter
 * (docs/upstreams/leadsquared.md#opportunity-advanced-search).
 */
export interface AdvancedSearchRow {
  SubConOp: 'And';
  LSO: string;
  LSO_Type: 'DateTime' | 'String';
  Operator: 'eq' | 'neq' | 'lt' | 'le' | 'gt' | 'ge';
  RSO: string;
}

export interface RetrieveBySearchParameterRequest {
  OpportunityEventCode: number;
  AdvancedSearch: string;
  Paging: Paging;
  Sorting: Sorting;
  Columns?: { Include_CSV: string };
}

/** Leads/Retrieve/ByIds (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids). */
export interface RetrieveLeadsByIdsResponse {
  RecordCount: number;
  Leads: WireColumns[];
}

/** Error body of every endpoint (docs/upstreams/leadsquared.md#errors-and-status-codes). */
export interface WireError {
  Status: 'Error';
  ExceptionType?: string;
  ExceptionMessage?: string;
}
