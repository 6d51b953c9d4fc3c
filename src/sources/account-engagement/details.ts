import type { ProspectRecord } from '../../core/domain/prospect.js';

/*
 * The Account Engagement parts of the domain records, added to core's records by declaration
 * merging (core names no source: src/core/domain/opportunity.ts).
 */

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

/** Account Engagement prospect: every field as returned, by the API's snake_case names. */
export interface AccountEngagementProspectDetails {
  kind: 'accountEngagement';
  prospectId: number;
  fields: Readonly<Record<string, string | null>>;
}

declare module '../../core/domain/opportunity.js' {
  interface OpportunityDetailsBySource {
    accountEngagement: AccountEngagementOpportunityDetails;
  }
}

declare module '../../core/domain/prospect.js' {
  interface ProspectDetailsBySource {
    accountEngagement: AccountEngagementProspectDetails;
  }
}
