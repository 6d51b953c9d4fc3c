import type { Catalog } from './catalog.js';

/* The typed global ids, one interface per kind (formats: id-formats.ts, parsing: ids.ts). */

export interface PartnerCentralOpportunityGlobalId {
  kind: 'pc-opportunity';
  catalog: Catalog;
  opportunityId: string;
}
export interface AccountEngagementOpportunityGlobalId {
  kind: 'ae-opportunity';
  opportunityId: number;
}
export interface LeadSquaredOpportunityGlobalId {
  kind: 'lsq-opportunity';
  /** A number, as the `eventCode: Int!` argument; the upstream sends it as numeric text. */
  eventCode: number;
  /** Lower case. */
  prospectActivityId: string;
}
export interface AccountEngagementProspectGlobalId {
  kind: 'ae-prospect';
  prospectId: number;
}
export interface LeadSquaredLeadGlobalId {
  kind: 'lsq-lead';
  /** Lower case. */
  prospectId: string;
}
export interface AcceptTaskGlobalId {
  kind: 'pc-accept-task';
  catalog: Catalog;
  taskId: string;
}
export interface ProspectingTaskGlobalId {
  kind: 'pc-prospecting-task';
  catalog: Catalog;
  taskId: string;
}
export interface InvitationGlobalId {
  kind: 'pc-invitation';
  catalog: Catalog;
  invitationId: string;
}

export type GlobalId =
  | PartnerCentralOpportunityGlobalId
  | AccountEngagementOpportunityGlobalId
  | LeadSquaredOpportunityGlobalId
  | AccountEngagementProspectGlobalId
  | LeadSquaredLeadGlobalId
  | AcceptTaskGlobalId
  | ProspectingTaskGlobalId
  | InvitationGlobalId;

export type GlobalIdKind = GlobalId['kind'];
export type GlobalIdOf<K extends GlobalIdKind> = Extract<GlobalId, { kind: K }>;

/** The GraphQL type a global id resolves to (what `node(id)` answers with). */
export type GlobalIdTypename =
  'Opportunity' | 'Prospect' | 'EngagementTask' | 'EngagementInvitation';

export const OPPORTUNITY_ID_KINDS = [
  'pc-opportunity',
  'ae-opportunity',
  'lsq-opportunity',
] as const;
export const PROSPECT_ID_KINDS = ['ae-prospect', 'lsq-lead'] as const;
export const ENGAGEMENT_TASK_ID_KINDS = ['pc-accept-task', 'pc-prospecting-task'] as const;
export const ENGAGEMENT_INVITATION_ID_KINDS = ['pc-invitation'] as const;

export type OpportunityGlobalId = GlobalIdOf<(typeof OPPORTUNITY_ID_KINDS)[number]>;
export type ProspectGlobalId = GlobalIdOf<(typeof PROSPECT_ID_KINDS)[number]>;
export type EngagementTaskGlobalId = GlobalIdOf<(typeof ENGAGEMENT_TASK_ID_KINDS)[number]>;
export type EngagementInvitationGlobalId = GlobalIdOf<
  (typeof ENGAGEMENT_INVITATION_ID_KINDS)[number]
>;
