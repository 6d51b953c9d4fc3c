import type { Catalog } from '../../core/domain/catalog.js';

/*
 * The Partner Central part of the opportunity record, added to core's record by declaration
 * merging (core names no source: src/core/domain/opportunity.ts).
 */

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

declare module '../../core/domain/opportunity.js' {
  interface OpportunityDetailsBySource {
    partnerCentral: PartnerCentralOpportunityDetails;
  }
}
