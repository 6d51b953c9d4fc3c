import type { UpstreamSource } from '../errors/index.js';

/** A decimal amount kept as text: upstream values are decimal strings and floats would round them. */
export interface Money {
  amount: string;
  currencyCode: string | null;
}

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

export type OpportunityDetails = LeadSquaredOpportunityDetails;

/** The source-neutral opportunity every resolver works with. */
export interface OpportunityRecord {
  /** Global id (api.md "Identifiers"). */
  id: string;
  source: UpstreamSource;
  sourceId: string;
  name: string | null;
  stage: string | null;
  amount: Money | null;
  probability: number | null;
  /** ISO 8601, UTC. */
  createdAt: string | null;
  lastModifiedAt: string | null;
  details: OpportunityDetails;
}
