import type { UpstreamSource } from '../errors/index.js';

export interface LeadSquaredLeadDetails {
  kind: 'leadSquared';
  prospectId: string;
  /** Every column the upstream returned, by schema name. */
  columns: Readonly<Record<string, string | null>>;
}

/** Account Engagement prospect: every field as returned, by the API's snake_case names. */
export interface AccountEngagementProspectDetails {
  kind: 'accountEngagement';
  prospectId: number;
  fields: Readonly<Record<string, string | null>>;
}

export type ProspectDetails = LeadSquaredLeadDetails | AccountEngagementProspectDetails;

/** The source-neutral prospect (an Account Engagement prospect or a LeadSquared lead). */
export interface ProspectRecord {
  id: string;
  source: UpstreamSource;
  sourceId: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  createdAt: string | null;
  lastModifiedAt: string | null;
  details: ProspectDetails;
}
