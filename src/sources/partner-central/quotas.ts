/**
 * Published per-operation request rates of the Partner Central Selling API, per partner account
 * (docs/upstreams/partner-central.md#rate-limits). The rolling 24-hour quotas (100,000 reads,
 * 10,000 writes) are far above what a page of a GraphQL request needs and are not tracked.
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
