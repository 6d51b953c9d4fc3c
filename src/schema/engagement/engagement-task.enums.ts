import { registerEnumType } from 'type-graphql';

/* Internal values equal the names (docs/toolchain.md#federation-from-type-graphql): the federation build re-reads the SDL. */

export enum EngagementTaskType {
  ACCEPT_ENGAGEMENT_INVITATION = 'ACCEPT_ENGAGEMENT_INVITATION',
  PROSPECTING_FROM_ENGAGEMENT = 'PROSPECTING_FROM_ENGAGEMENT',
}

/** One vocabulary for both task kinds: the upstream's COMPLETED (prospecting) is COMPLETE here. */
export enum EngagementTaskStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETE = 'COMPLETE',
  FAILED = 'FAILED',
}

registerEnumType(EngagementTaskType, {
  name: 'EngagementTaskType',
  description: 'The kind of Partner Central engagement task.',
  valuesConfig: {
    ACCEPT_ENGAGEMENT_INVITATION: {
      description: 'StartEngagementByAcceptingInvitationTask: accepts an invitation.',
    },
    PROSPECTING_FROM_ENGAGEMENT: {
      description: 'StartProspectingFromEngagementTask: prospects from engagements.',
    },
  },
});

registerEnumType(EngagementTaskStatus, {
  name: 'EngagementTaskStatus',
  description: 'Status of an engagement task or of one engagement in it.',
  valuesConfig: {
    PENDING: { description: 'Not started yet (prospecting only).' },
    IN_PROGRESS: { description: 'Running.' },
    COMPLETE: { description: 'Done (upstream COMPLETE or COMPLETED).' },
    FAILED: { description: 'Failed; see reasonCode and message.' },
  },
});
