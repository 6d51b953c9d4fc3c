/**
 * LeadSquared wire shapes (shared/reference/leadsquared.md). Column values are strings or null;
 * every column is optional because the upstream omits requested ones in some responses (§7 note).
 */
export type WireColumns = Record<string, string | null | undefined>;

/** GetOpportunitiesById request (§6.1, seed 004). */
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

/** "1" = descending (most recent first), "0" = ascending (§3). */
export interface Sorting {
  ColumnName: string;
  Direction: '0' | '1';
}

/** GetOpportunitiesOfLead and Retrieve/BySearchParameter answer a page plus the total (§6.2, §6.4). */
export interface OpportunityListResponse {
  RecordCount: number;
  List: (WireColumns & { OpportunityId?: string | null })[];
}

/** A row of the advanced search grid filter (§6.4). */
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

/** Leads/Retrieve/ByIds (§7). */
export interface RetrieveLeadsByIdsResponse {
  RecordCount: number;
  Leads: WireColumns[];
}

/** Error body of every endpoint (§4). */
export interface WireError {
  Status: 'Error';
  ExceptionType?: string;
  ExceptionMessage?: string;
}
