/**
 * Published per-operation request rates of the Partner Central Selling API, per partner account
 * (docs/upstreams/partner-central.md#rate-limits).
 */
export const PUBLISHED_REQUESTS_PER_SECOND = {
  GetOpportunity: 10,
  ListOpportunities: 10,
  GetEngagementInvitation: 10,
  ListEngagementInvitations: 10,
  GetProspectingFromEngagementTask: 100,
  ListProspectingFromEngagementTasks: 50,
  RejectEngagementInvitation: 1,
  StartEngagementByAcceptingInvitationTask: 1,
  StartProspectingFromEngagementTask: 2,
  // Not published; treated like the other reads.
  ListEngagementByAcceptingInvitationTasks: 10,
} as const;

export type PartnerCentralOperation = keyof typeof PUBLISHED_REQUESTS_PER_SECOND;

/**
 * The rolling 24-hour quotas, per partner account and operation, of the operations that have a
 * published one: 100,000 for the read class, 10,000 for the write class. The others have none.
 */
export const PUBLISHED_REQUESTS_PER_DAY: Partial<Record<PartnerCentralOperation, number>> = {
  GetOpportunity: 100_000,
  ListOpportunities: 100_000,
  GetEngagementInvitation: 100_000,
  ListEngagementInvitations: 100_000,
  RejectEngagementInvitation: 10_000,
  StartEngagementByAcceptingInvitationTask: 10_000,
};

export const DAY_MS = 86_400_000;
