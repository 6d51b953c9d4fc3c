import type { CallContext } from './core/http/index.js';
import type { Services } from './services.js';
import {
  createAccountEngagementOpportunityLoader,
  type AccountEngagementOpportunityLoader,
} from './sources/account-engagement/loaders/opportunity.loader.js';
import {
  createAccountEngagementProspectLoader,
  type AccountEngagementProspectLoader,
} from './sources/account-engagement/loaders/prospect.loader.js';
import {
  createEngagementInvitationLoader,
  type EngagementInvitationLoader,
} from './sources/partner-central/loaders/engagement-invitation.loader.js';
import {
  createEngagementTaskLoader,
  type EngagementTaskLoader,
} from './sources/partner-central/loaders/engagement-task.loader.js';
import {
  createLeadSquaredLeadLoader,
  type LeadSquaredLeadLoader,
} from './sources/leadsquared/loaders/lead.loader.js';
import {
  createLeadSquaredOpportunityLoader,
  type LeadSquaredOpportunityLoader,
} from './sources/leadsquared/loaders/opportunity.loader.js';
import {
  createPartnerCentralOpportunityDetailLoader,
  type PartnerCentralOpportunityDetailLoader,
} from './sources/partner-central/loaders/opportunity-detail.loader.js';
import {
  createPartnerCentralOpportunityLoader,
  type PartnerCentralOpportunityLoader,
} from './sources/partner-central/loaders/opportunity.loader.js';

export type { LeadSquaredOpportunityKey } from './sources/leadsquared/loaders/opportunity.loader.js';
export type { LeadSquaredLeadKey } from './sources/leadsquared/loaders/lead.loader.js';
export type { PartnerCentralOpportunityKey } from './sources/partner-central/loaders/opportunity.loader.js';
export type { EngagementInvitationKey } from './sources/partner-central/loaders/engagement-invitation.loader.js';
export type { EngagementTaskKey } from './sources/partner-central/loaders/engagement-task.loader.js';
export type { AccountEngagementOpportunityKey } from './sources/account-engagement/loaders/opportunity.loader.js';

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
