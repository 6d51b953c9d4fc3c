/** Every served operation by its `X-Amz-Target` name. */
import { getEngagementInvitation } from './get-engagement-invitation.js';
import { getOpportunity } from './get-opportunity.js';
import { getProspectingFromEngagementTask } from './get-prospecting-from-engagement-task.js';
import { listEngagementByAcceptingInvitationTasks } from './list-engagement-by-accepting-invitation-tasks.js';
import { listEngagementInvitations } from './list-engagement-invitations.js';
import { listOpportunities } from './list-opportunities.js';
import { listProspectingFromEngagementTasks } from './list-prospecting-from-engagement-tasks.js';
import type { Operation } from './operation.js';
import { rejectEngagementInvitation } from './reject-engagement-invitation.js';
import { startEngagementByAcceptingInvitationTask } from './start-engagement-by-accepting-invitation-task.js';
import { startProspectingFromEngagementTask } from './start-prospecting-from-engagement-task.js';

export const OPERATIONS: ReadonlyMap<string, Operation> = new Map(
  [
    listOpportunities,
    getOpportunity,
    listEngagementInvitations,
    getEngagementInvitation,
    rejectEngagementInvitation,
    startEngagementByAcceptingInvitationTask,
    listEngagementByAcceptingInvitationTasks,
    startProspectingFromEngagementTask,
    getProspectingFromEngagementTask,
    listProspectingFromEngagementTasks,
  ].map((operation) => [operation.name, operation]),
);
