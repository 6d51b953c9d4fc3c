/**
 * The simulator's stored records. PascalCase members are wire members, named and shaped as in the
 * model (docs/upstreams/partner-central.md#operations), so a record is served by projecting it;
 * camelCase members are the simulator's own bookkeeping and never reach the wire. Timestamps are
 * RFC 3339 strings with milliseconds and `Z`; `Date` members are `YYYY-MM-DD`.
 */
export const CATALOGS = ['AWS', 'Sandbox'] as const;
export type Catalog = (typeof CATALOGS)[number];

export const isCatalog = (value: string): value is Catalog =>
  (CATALOGS as readonly string[]).includes(value);

export interface Address {
  readonly City?: string;
  readonly PostalCode?: string;
  readonly StateOrRegion?: string;
  readonly CountryCode?: string;
  readonly StreetAddress?: string;
}

export interface Account {
  readonly Industry?: string;
  readonly OtherIndustry?: string;
  readonly CompanyName: string;
  readonly WebsiteUrl?: string;
  readonly AwsAccountId?: string;
  readonly Address?: Address;
  readonly Duns?: string;
}

export interface Contact {
  readonly Email?: string;
  readonly FirstName?: string;
  readonly LastName?: string;
  readonly BusinessTitle?: string;
  readonly Phone?: string;
}

export interface ExpectedCustomerSpend {
  readonly Amount?: string;
  readonly CurrencyCode: string;
  readonly Frequency: 'Monthly';
  readonly TargetCompany: string;
  readonly EstimationUrl?: string;
}

export interface ExpectedContractDuration {
  readonly Term: 'Months';
  readonly Value: string;
}

export interface Project {
  readonly DeliveryModels?: readonly string[];
  readonly ExpectedCustomerSpend?: readonly ExpectedCustomerSpend[];
  readonly ExpectedContractDuration?: ExpectedContractDuration;
  readonly Title?: string;
  readonly ApnPrograms?: readonly string[];
  readonly CustomerBusinessProblem?: string;
  readonly CustomerUseCase?: string;
  readonly RelatedOpportunityIdentifier?: string;
  readonly SalesActivities?: readonly string[];
  readonly CompetitorName?: string;
  readonly OtherCompetitorNames?: string;
  readonly OtherSolutionDescription?: string;
  readonly AdditionalComments?: string;
}

export interface NextStepsHistory {
  readonly Value: string;
  readonly Time: string;
}

export interface LifeCycle {
  readonly Stage?: string;
  readonly ClosedLostReason?: string;
  readonly NextSteps?: string;
  readonly TargetCloseDate?: string;
  readonly ReviewStatus?: string;
  readonly ReviewComments?: string;
  readonly ReviewStatusReason?: string;
  readonly NextStepsHistory?: readonly NextStepsHistory[];
}

export interface Marketing {
  readonly CampaignName?: string;
  readonly Source?: string;
  readonly UseCases?: readonly string[];
  readonly Channels?: readonly string[];
  readonly AwsFundingUsed?: string;
}

export interface SoftwareRevenue {
  readonly DeliveryModel?: string;
  readonly Value?: { readonly Amount: string; readonly CurrencyCode: string };
  readonly EffectiveDate?: string;
  readonly ExpirationDate?: string;
}

export interface RelatedEntityIdentifiers {
  readonly AwsMarketplaceOffers?: readonly string[];
  readonly Solutions?: readonly string[];
  readonly AwsProducts?: readonly string[];
}

/** GetOpportunityResponse, member for member. */
export interface OpportunityRecord {
  readonly Catalog: Catalog;
  readonly Id: string;
  readonly Arn: string;
  readonly PartnerOpportunityIdentifier?: string;
  readonly OpportunityType?: string;
  readonly PrimaryNeedsFromAws?: readonly string[];
  readonly NationalSecurity?: string;
  readonly Customer?: { readonly Account?: Account; readonly Contacts?: readonly Contact[] };
  readonly Project?: Project;
  readonly Marketing?: Marketing;
  readonly SoftwareRevenue?: SoftwareRevenue;
  readonly LastModifiedDate: string;
  readonly CreatedDate: string;
  readonly RelatedEntityIdentifiers: RelatedEntityIdentifiers;
  readonly LifeCycle?: LifeCycle;
  readonly OpportunityTeam?: readonly Contact[];
}

export type InvitationStatus = 'ACCEPTED' | 'PENDING' | 'REJECTED' | 'EXPIRED';

export interface OpportunityInvitationPayload {
  readonly SenderContacts?: readonly Contact[];
  readonly ReceiverResponsibilities: readonly string[];
  readonly Customer: {
    readonly Industry: string;
    readonly CompanyName: string;
    readonly WebsiteUrl: string;
    readonly CountryCode: string;
  };
  readonly Project: {
    readonly BusinessProblem: string;
    readonly Title: string;
    readonly TargetCompletionDate: string;
    readonly ExpectedCustomerSpend: readonly ExpectedCustomerSpend[];
  };
}

export interface LeadInvitationPayload {
  readonly Customer: {
    readonly Industry?: string;
    readonly CompanyName: string;
    readonly WebsiteUrl?: string;
    readonly CountryCode?: string;
    readonly AwsMaturity?: string;
    readonly MarketSegment?: string;
  };
  readonly Interaction: {
    readonly SourceType?: string;
    readonly SourceId?: string;
    readonly SourceName?: string;
    readonly Usecase?: string;
    readonly ContactBusinessTitle: string;
  };
}

/** The `Payload` union: exactly one member. */
export type InvitationPayload =
  | { readonly OpportunityInvitation: OpportunityInvitationPayload }
  | { readonly LeadInvitation: LeadInvitationPayload };

export interface EnrichmentContext {
  readonly ProspectingResultAws?: {
    readonly Customer?: Readonly<Record<string, string | readonly string[]>>;
    readonly Insights?: Readonly<Record<string, string>>;
  };
  readonly LeadInsights?: { readonly LeadReadinessScore?: string };
}

/** GetEngagementInvitationResponse plus the simulator's flag. Status changes on accept/reject. */
export interface InvitationRecord {
  readonly Arn: string;
  readonly PayloadType: 'OpportunityInvitation' | 'LeadInvitation';
  readonly Id: string;
  readonly EngagementId: string;
  readonly EngagementTitle: string;
  Status: InvitationStatus;
  readonly InvitationDate: string;
  readonly ExpirationDate: string;
  readonly SenderAwsAccountId: string;
  readonly SenderCompanyName: string;
  readonly Receiver: {
    readonly Account: { readonly Alias?: string; readonly AwsAccountId: string };
  };
  readonly Catalog: Catalog;
  RejectionReason?: string;
  readonly Payload: InvitationPayload;
  readonly InvitationMessage: string;
  readonly EngagementDescription?: string;
  readonly ExistingMembers?: readonly {
    readonly CompanyName?: string;
    readonly WebsiteUrl?: string;
  }[];
  readonly EnrichmentContext?: EnrichmentContext;
  /** Seeded: accepting this invitation ends FAILED (InvitationValidationFailed). */
  readonly failsOnAccept: boolean;
}

/** An engagement (not served by any operation in scope; invitations and prospecting use it). */
export interface EngagementRecord {
  readonly Id: string;
  readonly Arn: string;
  readonly Title: string;
  readonly Description: string;
  readonly CreatedAt: string;
  readonly CreatedBy: string;
  readonly Catalog: Catalog;
  /** Seeded: prospecting this engagement fails (ReasonCode EngagementNotEligible). */
  readonly failsProspecting: boolean;
}

export type AcceptTaskStatus = 'IN_PROGRESS' | 'COMPLETE' | 'FAILED';

/** A StartEngagementByAcceptingInvitationTask task; wire members as in its List summary. */
export interface AcceptInvitationTaskRecord {
  readonly TaskId: string;
  readonly TaskArn: string;
  readonly StartTime: string;
  TaskStatus: AcceptTaskStatus;
  Message?: string;
  ReasonCode?: string;
  OpportunityId?: string;
  ResourceSnapshotJobId?: string;
  readonly EngagementInvitationId: string;
  readonly tags: readonly { readonly Key: string; readonly Value: string }[];
  /** When the task leaves IN_PROGRESS (epoch ms). */
  readonly endsAtMs: number;
  /** Decided at start from the invitation's seeded flag; applied at `endsAtMs`. */
  readonly outcome: 'COMPLETE' | 'FAILED';
  /**
   * Drawn at start and shown on COMPLETE, so generated ids never depend on when a task happens
   * to be observed.
   */
  readonly snapshotJobId: string;
}

export type ProspectingStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export interface EngagementProspectingResult {
  readonly EngagementIdentifier: string;
  Status: ProspectingStatus;
  EngagementContextId?: string;
  ReasonCode?: string;
  Message?: string;
}

/** A StartProspectingFromEngagementTask task with its per-engagement results. */
export interface ProspectingTaskRecord {
  readonly TaskId: string;
  readonly TaskArn: string;
  readonly TaskName: string;
  readonly StartTime: string;
  EndTime?: string;
  readonly Identifiers: readonly string[];
  /** Task-level status; not a wire member of Get/List, only of the Start response. */
  status: ProspectingStatus;
  readonly Engagements: EngagementProspectingResult[];
  /** Each engagement's final result, decided at start and revealed at `endsAtMs`. */
  readonly planned: readonly EngagementProspectingResult[];
  readonly startMs: number;
  readonly endsAtMs: number;
}
