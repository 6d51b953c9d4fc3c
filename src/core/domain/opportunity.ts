import type { UpstreamSource } from '../errors/index.js';

/** A decimal amount kept as text: upstream values are decimal strings and floats would round them. */
export interface Money {
  amount: string;
  currencyCode: string | null;
}

/**
 * The source-specific part of an opportunity, by source: each source module adds its own entry,
 * from its own folder, by declaration merging (src/sources/<source>/details.ts), so core names no
 * source. `details.kind` is the entry's key, which makes OpportunityDetails a tagged union.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the source modules
export interface OpportunityDetailsBySource {}

export type OpportunityDetails = OpportunityDetailsBySource[keyof OpportunityDetailsBySource];

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
