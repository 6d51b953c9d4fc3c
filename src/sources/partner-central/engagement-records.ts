import type { Catalog } from '../../core/domain/catalog.js';

/*
 * The upstream's own structures inside these records (an invitation's members, a prospecting
 * task's per-engagement results) are type parameters: core does not read them, and the Partner
 * Central module names their shapes (its wire-types.ts).
 */

/** An engagement invitation as ListEngagementInvitations summarises it. */
export interface EngagementInvitationRecord<Summary = unknown> {
  /** Global id `pc-invitation:<Catalog>:<engi-id>`. */
  id: string;
  catalog: Catalog;
  invitationId: string;
  /** The list summary, or the whole GetEngagementInvitation answer when `complete`. */
  summary: Summary;
  /** True when the record came from GetEngagementInvitation (payload, message, ... present). */
  complete: boolean;
}

export type EngagementTaskType = 'ACCEPT_ENGAGEMENT_INVITATION' | 'PROSPECTING_FROM_ENGAGEMENT';

/**
 * The one status vocabulary of the schema (`EngagementTaskStatus`): the upstream says COMPLETE for
 * accept tasks and COMPLETED for prospecting tasks
 * (docs/upstreams/partner-central.md#where-the-api-reference-pages-differ-from-the-model); both
 * become COMPLETE.
 */
export type EngagementTaskStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'FAILED';

/** Either kind of engagement task, source-neutral enough for one GraphQL type. */
export interface EngagementTaskRecord<Result = unknown> {
  /** Global id `pc-accept-task:<Catalog>:<TaskId>` or `pc-prospecting-task:<Catalog>:<TaskId>`. */
  id: string;
  type: EngagementTaskType;
  catalog: Catalog;
  taskId: string;
  taskArn: string | null;
  name: string | null;
  status: EngagementTaskStatus;
  /** ISO 8601. */
  startedAt: string | null;
  endedAt: string | null;
  reasonCode: string | null;
  message: string | null;
  /** Accept tasks. */
  invitationId: string | null;
  opportunityId: string | null;
  resourceSnapshotJobId: string | null;
  /** Prospecting tasks: known when the record came from GetProspectingFromEngagementTask. */
  engagementResults: Result[] | null;
  /** Prospecting tasks: counts, when the record came from the list. */
  counts: { total: number; completed: number; failed: number } | null;
}
