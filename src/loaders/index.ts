import type { CallContext } from '../sources/http/index.js';
import type { Services } from '../services.js';
import {
  createLeadSquaredLeadLoader,
  type LeadSquaredLeadLoader,
} from './leadsquared-lead.loader.js';
import {
  createLeadSquaredOpportunityLoader,
  type LeadSquaredOpportunityLoader,
} from './leadsquared-opportunity.loader.js';

export type { LeadSquaredOpportunityKey } from './leadsquared-opportunity.loader.js';
export type { LeadSquaredLeadKey } from './leadsquared-lead.loader.js';

/** One set per GraphQL request (DataLoader caches must not outlive the request that filled them). */
export interface Loaders {
  readonly leadSquaredOpportunity: LeadSquaredOpportunityLoader;
  readonly leadSquaredLead: LeadSquaredLeadLoader;
}

export function createLoaders(services: Services, call: CallContext): Loaders {
  return {
    leadSquaredOpportunity: createLeadSquaredOpportunityLoader(services, call),
    leadSquaredLead: createLeadSquaredLeadLoader(services, call),
  };
}
