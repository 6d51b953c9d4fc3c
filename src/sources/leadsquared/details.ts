/*
 * The LeadSquared parts of the domain records, added to core's records by declaration merging
 * (core names no source: src/core/domain/opportunity.ts).
 */

/** LeadSquared-specific part of an opportunity: the columns we fetched, by schema name. */
export interface LeadSquaredOpportunityDetails {
  kind: 'leadSquared';
  eventCode: number;
  prospectActivityId: string;
  prospectId: string | null;
  emailAddress: string | null;
  /** Every column the upstream returned for this record; a column we did not ask for is absent. */
  columns: Readonly<Record<string, string | null>>;
}

export interface LeadSquaredLeadDetails {
  kind: 'leadSquared';
  prospectId: string;
  /** Every column the upstream returned, by schema name. */
  columns: Readonly<Record<string, string | null>>;
}

declare module '../../core/domain/opportunity.js' {
  interface OpportunityDetailsBySource {
    leadSquared: LeadSquaredOpportunityDetails;
  }
}

declare module '../../core/domain/prospect.js' {
  interface ProspectDetailsBySource {
    leadSquared: LeadSquaredLeadDetails;
  }
}
