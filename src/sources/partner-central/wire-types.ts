import type {
  EngagementInvitationSummary,
  EngagementProspectingResult,
  GetEngagementInvitationCommandOutput,
  OpportunitySummary,
} from '@aws-sdk/client-partnercentral-selling';
import type { EngagementInvitationRecord, EngagementTaskRecord } from './engagement-records.js';
import type { PartnerCentralOpportunityDetails } from './details.js';

/*
 * The Partner Central structures the rest of the application reads, as the SDK types them. Only
 * this module imports the SDK: the schema takes these names from here, and core's records carry
 * them as type parameters (they are opaque to core).
 */

export type {
  Account,
  AccountSummary,
  Address,
  AddressSummary,
  Contact,
  Customer,
  CustomerSummary,
  EngagementCustomer,
  EngagementInvitationSummary,
  EngagementMemberSummary,
  EngagementProspectingResult,
  EnrichmentContext,
  ExpectedContractDuration,
  ExpectedCustomerSpend,
  GetEngagementInvitationCommandOutput,
  GetOpportunityCommandOutput,
  LeadInvitationPayload,
  LifeCycle,
  LifeCycleSummary,
  Marketing,
  MonetaryValue,
  NextStepsHistory,
  OpportunityInvitationPayload,
  OpportunitySummary,
  Payload,
  Project,
  ProjectDetails,
  ProjectSummary,
  Receiver,
  RelatedEntityIdentifiers,
  SenderContact,
  SoftwareRevenue,
} from '@aws-sdk/client-partnercentral-selling';

/** What an invitation record holds: the list summary, or the whole GetEngagementInvitation answer. */
export type InvitationWire = EngagementInvitationSummary | GetEngagementInvitationCommandOutput;

export type PartnerCentralInvitationRecord = EngagementInvitationRecord<InvitationWire>;

/** A task record whose per-engagement results are the upstream's (prospecting tasks). */
export type PartnerCentralTaskRecord = EngagementTaskRecord<EngagementProspectingResult>;

/** The Partner Central part of an opportunity record, with its ListOpportunities summary. */
export type PartnerCentralDetails = PartnerCentralOpportunityDetails<OpportunitySummary>;
