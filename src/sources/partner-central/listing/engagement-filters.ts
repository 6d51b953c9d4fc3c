import type { SortDirection } from '../../../core/domain/enums.js';

/*
 * The ListEngagementInvitations and engagement task list filters
 * (docs/upstreams/partner-central.md#operations) as plain values: what the listings take. The
 * schema's input classes (src/schema/engagement/engagement.inputs.ts) implement these interfaces
 * and register the enums. Enum values equal their names
 * (docs/toolchain.md#federation-from-type-graphql: the federation build re-reads the SDL).
 */

export enum InvitationParticipantType {
  RECEIVER = 'RECEIVER',
  SENDER = 'SENDER',
}

export enum InvitationPayloadType {
  OPPORTUNITY_INVITATION = 'OPPORTUNITY_INVITATION',
  LEAD_INVITATION = 'LEAD_INVITATION',
}

export const UPSTREAM_PAYLOAD_TYPE = {
  OPPORTUNITY_INVITATION: 'OpportunityInvitation',
  LEAD_INVITATION: 'LeadInvitation',
} as const;

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

/** The task statuses the accept-task list filters by. */
export enum EngagementTaskStatusFilter {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETE = 'COMPLETE',
  FAILED = 'FAILED',
}

/** Invitation filters, all of which must hold; received invitations, newest first, by default. */
export interface InvitationFilter {
  participantType?: InvitationParticipantType | null;
  payloadTypes?: InvitationPayloadType[] | null;
  statuses?: InvitationStatus[] | null;
  /** Engagement ids (eng-...). */
  engagementIds?: string[] | null;
  senderAwsAccountIds?: string[] | null;
  /** By invitation date. */
  direction?: SortDirection | null;
}

/**
 * Task filters. Accept tasks filter by statuses, taskIds, invitationIds, opportunityIds;
 * prospecting tasks by taskIds, taskNames, startedAfter, startedBefore.
 */
export interface TaskFilter {
  statuses?: EngagementTaskStatusFilter[] | null;
  /** Upstream task ids (task-...). */
  taskIds?: string[] | null;
  /** Invitation global ids. */
  invitationIds?: string[] | null;
  /** Opportunity ids (O...). */
  opportunityIds?: string[] | null;
  taskNames?: string[] | null;
  startedAfter?: Date | null;
  startedBefore?: Date | null;
  /** By start time. */
  direction?: SortDirection | null;
}
