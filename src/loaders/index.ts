import type { CallContext } from '../sources/http/index.js';
import type { Services } from '../services.js';
import {
  createAccountEngagementOpportunityLoader,
  type AccountEngagementOpportunityLoader,
} from './account-engagement-opportunity.loader.js';
import {
  createAccountEngagementProspectLoader,
  type AccountEngagementProspectLoader,
} from './account-engagement-prospect.loader.js';
import {
  createEngagementInvitationLoader,
  type EngagementInvitationLoader,
} from './engagement-invitation.loader.js';
import { createEngagementTaskLoader, type EngagementTaskLoader } from './engagement-task.loader.js';
import {
  createLeadSquaredLeadLoader,
  type LeadSquaredLeadLoader,
} from './leadsquared-lead.loader.js';
import {
  createLeadSquaredOpportunityLoader,
  type LeadSquaredOpportunityLoader,
} from './leadsquared-opportunity.loader.js';
import {
  createPartnerCentralOpportunityDetailLoader,
  type PartnerCentralOpportunityDetailLoader,
} from './partner-central-opportunity-detail.loader.js';
import {
  createPartnerCentralOpportunityLoader,
  type PartnerCentralOpportunityLoader,
} from './partner-central-opportunity.loader.js';

export type { LeadSquaredOpportunityKey } from './leadsquared-opportunity.loader.js';
export type { LeadSquaredLeadKey } from './leadsquared-lead.loader.js';
export type { PartnerCentralOpportunityKey } from './partner-central-opportunity.loader.js';
export type { EngagementInvitationKey } from './engagement-invitation.loader.js';
export type { EngagementTaskKey } from './engagement-task.loader.js';
export type { AccountEngagementOpportunityKey } from './account-engagement-opportunity.loader.js';

/** One set per GraphQL request (DataLoader caches must not outlive the request that filled them). */
export interface Loaders {
  readonly leadSquaredOpportunity: LeadSquaredOpportunityLoader;
  readonly leadSquaredLead: LeadSquaredLeadLoader;
  readonly partnerCentralOpportunity: PartnerCentralOpportunityLoader;
  readonly partnerCentralOpportunityDetail: PartnerCentralOpportunityDetailLoader;
  readonly engagementInvitation: EngagementInvitationLoader;
  readonly engagementTask: EngagementTaskLoader;
  readonly accountEngagementOpportunity: AccountEngagementOpportunityLoader;
  readonly accountEngagementProspect: AccountEngagementProspectLoader;
}

export function createLoaders(services: Services, call: CallContext): Loaders {
  return {
    leadSquaredOpportunity: createLeadSquaredOpportunityLoader(services, call),
    leadSquaredLead: createLeadSquaredLeadLoader(services, call),
    partnerCentralOpportunity: createPartnerCentralOpportunityLoader(services, call),
    partnerCentralOpportunityDetail: createPartnerCentralOpportunityDetailLoader(services, call),
    engagementInvitation: createEngagementInvitationLoader(services, call),
    engagementTask: createEngagementTaskLoader(services, call),
    accountEngagementOpportunity: createAccountEngagementOpportunityLoader(services, call),
    accountEngagementProspect: createAccountEngagementProspectLoader(services, call),
  };
}
