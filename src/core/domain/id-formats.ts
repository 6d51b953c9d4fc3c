import { UpstreamSource, assertNever } from '../errors/index.js';
import type { Catalog } from './catalog.js';
import {
  AE_ID,
  CATALOG,
  LSQ_EVENT_CODE,
  LSQ_PROSPECT_ACTIVITY_ID,
  LSQ_PROSPECT_ID,
  PC_ACCEPT_TASK_ID,
  PC_INVITATION_ID,
  PC_OPPORTUNITY_ID,
  PC_PROSPECTING_TASK_ID,
  type IdPart,
} from './id-parts.js';

/*
 * The one table of global ids (docs/sources.md#global-ids): the typed id of every kind, and its
 * prefix, parts and example; how a typed id is built from its parts and back. Parsing and
 * printing are ids.ts.
 */

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

export interface IdFormat {
  readonly prefix: string;
  readonly parts: readonly IdPart[];
  readonly example: string;
  readonly typename: GlobalIdTypename;
  readonly source: UpstreamSource;
}

const PC = UpstreamSource.PARTNER_CENTRAL;
const AE = UpstreamSource.ACCOUNT_ENGAGEMENT;
const LSQ = UpstreamSource.LEADSQUARED;

/** One row per kind; the mapped type makes a new kind without a format a compile error. */
export const ID_FORMATS: { readonly [K in GlobalIdKind]: IdFormat } = {
  'pc-opportunity': {
    prefix: 'pc',
    parts: [CATALOG, PC_OPPORTUNITY_ID],
    example: 'pc:AWS:O1234567',
    typename: 'Opportunity',
    source: PC,
  },
  'ae-opportunity': {
    prefix: 'ae',
    parts: [AE_ID],
    example: 'ae:1234',
    typename: 'Opportunity',
    source: AE,
  },
  'lsq-opportunity': {
    prefix: 'lsq',
    parts: [LSQ_EVENT_CODE, LSQ_PROSPECT_ACTIVITY_ID],
    example: 'lsq:12003:24cf277e-70fe-4b2f-a9c2-9a68f45feaba',
    typename: 'Opportunity',
    source: LSQ,
  },
  'ae-prospect': {
    prefix: 'ae-prospect',
    parts: [AE_ID],
    example: 'ae-prospect:5678',
    typename: 'Prospect',
    source: AE,
  },
  'lsq-lead': {
    prefix: 'lsq-lead',
    parts: [LSQ_PROSPECT_ID],
    example: 'lsq-lead:a368678f-1e81-4fb8-af0a-4b896f6330e1',
    typename: 'Prospect',
    source: LSQ,
  },
  'pc-accept-task': {
    prefix: 'pc-accept-task',
    parts: [CATALOG, PC_ACCEPT_TASK_ID],
    example: 'pc-accept-task:Sandbox:task-0a1b2c3d4e5f6',
    typename: 'EngagementTask',
    source: PC,
  },
  'pc-prospecting-task': {
    prefix: 'pc-prospecting-task',
    parts: [CATALOG, PC_PROSPECTING_TASK_ID],
    example: 'pc-prospecting-task:AWS:task-0a1b2c3d4e5f67',
    typename: 'EngagementTask',
    source: PC,
  },
  'pc-invitation': {
    prefix: 'pc-invitation',
    parts: [CATALOG, PC_INVITATION_ID],
    example: 'pc-invitation:AWS:engi-0a1b2c3d4e5f6',
    typename: 'EngagementInvitation',
    source: PC,
  },
};

/** Builds the typed id from parts that already passed their patterns. */
export function fromParts(kind: GlobalIdKind, texts: readonly string[]): GlobalId {
  // Index access, not array destructuring: that runs the iterator protocol on every id parsed.
  const first = texts[0] ?? '';
  const second = texts[1] ?? '';
  switch (kind) {
    case 'pc-opportunity':
      return { kind, catalog: first as Catalog, opportunityId: second };
    case 'ae-opportunity':
      return { kind, opportunityId: Number(first) };
    case 'lsq-opportunity':
      return { kind, eventCode: Number(first), prospectActivityId: second.toLowerCase() };
    case 'ae-prospect':
      return { kind, prospectId: Number(first) };
    case 'lsq-lead':
      return { kind, prospectId: first.toLowerCase() };
    case 'pc-accept-task':
    case 'pc-prospecting-task':
      return { kind, catalog: first as Catalog, taskId: second };
    case 'pc-invitation':
      return { kind, catalog: first as Catalog, invitationId: second };
    default:
      return assertNever(kind, 'global id kind');
  }
}

export function toParts(id: GlobalId): string[] {
  switch (id.kind) {
    case 'pc-opportunity':
      return [id.catalog, id.opportunityId];
    case 'ae-opportunity':
      return [String(id.opportunityId)];
    case 'lsq-opportunity':
      return [String(id.eventCode), id.prospectActivityId.toLowerCase()];
    case 'ae-prospect':
      return [String(id.prospectId)];
    case 'lsq-lead':
      return [id.prospectId.toLowerCase()];
    case 'pc-accept-task':
    case 'pc-prospecting-task':
      return [id.catalog, id.taskId];
    case 'pc-invitation':
      return [id.catalog, id.invitationId];
    default:
      return assertNever(id, 'global id');
  }
}
