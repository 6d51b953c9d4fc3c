import type { Catalog } from './catalog.js';
import type { ProspectRecord } from './prospect.js';
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

/**
 * Partner Central part of an opportunity: the ListOpportunities summary as the upstream sent it.
 * Core does not read it, so it is opaque here; the Partner Central module names its shape (its
 * wire-types.ts). Fields only GetOpportunity has are loaded on demand through the request's detail
 * loader.
 */
export interface PartnerCentralOpportunityDetails<Summary = unknown> {
  kind: 'partnerCentral';
  catalog: Catalog;
  opportunityId: string;
  summary: Summary;
}

/**
 * Account Engagement part of an opportunity
 * (docs/upstreams/account-engagement.md#opportunity-fields).
 */
export interface AccountEngagementOpportunityDetails {
  kind: 'accountEngagement';
  opportunityId: number;
  /** Decimal text, as the API's float value (no rounding here). */
  value: string | null;
  type: string | null;
  status: string | null;
  /** ISO 8601. */
  closedAt: string | null;
  campaign: { id: number; name: string | null } | null;
  /** The associated prospects; null when the record was fetched without them. */
  prospects: ProspectRecord[] | null;
}

export type OpportunityDetails =
  | LeadSquaredOpportunityDetails
  | PartnerCentralOpportunityDetails
  | AccountEngagementOpportunityDetails;

/** The source-neutral opportunity every resolver works with. */
export interface OpportunityRecord {
  /** Global id (docs/sources.md#global-ids). */
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
