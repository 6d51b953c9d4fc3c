/**
 * The operations the simulator serves (docs/upstreams/partner-central.md#operations), as named in
 * `X-Amz-Target`.
 */
export const OPERATION_NAMES = [
  'ListOpportunities',
  'GetOpportunity',
  'ListEngagementInvitations',
  'GetEngagementInvitation',
  'RejectEngagementInvitation',
  'StartEngagementByAcceptingInvitationTask',
  'ListEngagementByAcceptingInvitationTasks',
  'StartProspectingFromEngagementTask',
  'GetProspectingFromEngagementTask',
  'ListProspectingFromEngagementTasks',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export const isOperationName = (name: string): name is OperationName =>
  (OPERATION_NAMES as readonly string[]).includes(name);
