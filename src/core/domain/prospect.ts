import type { UpstreamSource } from '../errors/index.js';

/**
 * The source-specific part of a prospect, by source, filled by the source modules as
 * OpportunityDetailsBySource is (src/sources/<source>/details.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the source modules
export interface ProspectDetailsBySource {}

export type ProspectDetails = ProspectDetailsBySource[keyof ProspectDetailsBySource];

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
