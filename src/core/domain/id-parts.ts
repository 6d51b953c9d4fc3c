import { isCatalog } from './catalog.js';

/**
 * The pieces a global id is made of, each with the upstream's own pattern and a rule written for
 * the error message. Patterns are anchored: the upstream models state them unanchored, but both
 * services evidently mean a full match
 * (docs/upstreams/partner-central.md#model-patterns-in-javascript).
 */
export interface IdPart {
  /** Placeholder used in formats and messages, e.g. `<OpportunityId>`. */
  readonly placeholder: string;
  readonly accepts: (text: string) => boolean;
  readonly rule: string;
}

/** 8-4-4-4-12 hex digits; LeadSquared compares GUIDs case-insensitively (SQL uniqueidentifier). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A positive integer written without sign or leading zero, so each number has one spelling. */
const POSITIVE_INTEGER = /^[1-9][0-9]{0,15}$/;

function isPositiveSafeInteger(text: string): boolean {
  return POSITIVE_INTEGER.test(text) && Number.isSafeInteger(Number(text));
}

function pattern(regex: RegExp): (text: string) => boolean {
  return (text) => regex.test(text);
}

export const CATALOG: IdPart = {
  placeholder: '<Catalog>',
  accepts: isCatalog,
  rule: '<Catalog> must be AWS or Sandbox (case-sensitive)',
};

/** `OpportunityIdentifier` in the Partner Central model; listings check filter ids with it too. */
export const PC_OPPORTUNITY_ID_PATTERN = /^O[0-9]{1,19}$/;

export const PC_OPPORTUNITY_ID: IdPart = {
  placeholder: '<OpportunityId>',
  accepts: pattern(PC_OPPORTUNITY_ID_PATTERN),
  rule: '<OpportunityId> must be O followed by 1 to 19 digits',
};

/**
 * `TaskIdentifier` of StartEngagementByAcceptingInvitationTask. The current model writes it
 * `.*task-[0-9a-z]{13}` (an unanchored search); the documented shape, and the one the List call
 * accepts back, is exactly `task-` + 13 characters.
 */
export const PC_ACCEPT_TASK_ID_PATTERN = /^task-[0-9a-z]{13}$/;

export const PC_ACCEPT_TASK_ID: IdPart = {
  placeholder: '<TaskId>',
  accepts: pattern(PC_ACCEPT_TASK_ID_PATTERN),
  rule: '<TaskId> must be task- followed by 13 lower-case letters or digits',
};

/** `ProspectingTaskIdentifier`: one character longer than accept-invitation task ids. */
export const PC_PROSPECTING_TASK_ID_PATTERN = /^task-[0-9a-z]{14}$/;

export const PC_PROSPECTING_TASK_ID: IdPart = {
  placeholder: '<TaskId>',
  accepts: pattern(PC_PROSPECTING_TASK_ID_PATTERN),
  rule: '<TaskId> must be task- followed by 14 lower-case letters or digits',
};

/**
 * `EngagementInvitationIdentifier` as the model declares it on responses (`engi-[0-9,a-z]{13}`,
 * a comma included). Requests declare it without the comma; we accept the response shape so that
 * every id we hand out parses back, and let the upstream judge the rare id it would refuse.
 */
export const PC_INVITATION_ID: IdPart = {
  placeholder: '<engi-id>',
  accepts: pattern(/^engi-[0-9,a-z]{13}$/),
  rule: '<engi-id> must be engi- followed by 13 lower-case letters or digits',
};

/** Account Engagement (Pardot) ids are positive integers. */
export const AE_ID: IdPart = {
  placeholder: '<id>',
  accepts: isPositiveSafeInteger,
  rule: '<id> must be a positive integer without leading zeros',
};

/** LeadSquared opportunity types are numeric event codes such as 12003. */
export const LSQ_EVENT_CODE: IdPart = {
  placeholder: '<EventCode>',
  accepts: pattern(/^[1-9][0-9]{0,7}$/),
  rule: '<EventCode> must be 1 to 8 digits without a leading zero',
};

export const LSQ_PROSPECT_ACTIVITY_ID: IdPart = {
  placeholder: '<ProspectActivityId>',
  accepts: pattern(GUID),
  rule: '<ProspectActivityId> must be a GUID (8-4-4-4-12 hexadecimal digits)',
};

export const LSQ_PROSPECT_ID: IdPart = {
  placeholder: '<ProspectId>',
  accepts: pattern(GUID),
  rule: '<ProspectId> must be a GUID (8-4-4-4-12 hexadecimal digits)',
};
