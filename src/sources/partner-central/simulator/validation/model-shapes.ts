/**
 * The model's request-side shapes as rules (docs/upstreams/partner-central.md#operations), named
 * after their Smithy shapes. Patterns are anchored full matches
 * (docs/upstreams/partner-central.md#model-patterns-in-javascript): `(?s).{a,b}` became length
 * limits, `(?=.{1,255}$)` look-aheads became `max` lengths, and `\p{…}` classes use the `u` flag.
 * Plain `.` keeps Java's default meaning (no line terminators), as the service's own regex engine
 * reads it.
 */
import { oneOf, pattern, text, type EnumRule, type StringRule } from './rules.js';

export const CATALOG_IDENTIFIER = pattern(/^[a-zA-Z]+$/, '[a-zA-Z]+');

export const OPPORTUNITY_IDENTIFIER = pattern(/^O[0-9]{1,19}$/, 'O[0-9]{1,19}');

export const ENGAGEMENT_INVITATION_ARN_OR_IDENTIFIER = pattern(
  /^(?:arn:.*|engi-[0-9a-z]{13})$/,
  '(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})',
  { min: 1, max: 255 },
);

export const ENGAGEMENT_IDENTIFIER = pattern(/^eng-[0-9a-z]{14}$/, 'eng-[0-9a-z]{14}');

export const ENGAGEMENT_ARN_OR_IDENTIFIER = pattern(
  /^(?:arn:.*|eng-[0-9a-z]{14})$/,
  '(arn:.*|eng-[0-9a-z]{14})',
);

export const AWS_ACCOUNT = pattern(/^(?:[0-9]{12}|\w{1,12})$/, '([0-9]{12}|\\w{1,12})');

export const TASK_ARN_OR_IDENTIFIER = pattern(
  /^(?:arn:.*|task-[0-9a-z]{13})$/,
  '(arn:.*|task-[0-9a-z]{13})',
);

export const PROSPECTING_TASK_IDENTIFIER = pattern(/^task-[0-9a-z]{14}$/, 'task-[0-9a-z]{14}');

/** `.{1,255}`: counted in code points, so the `u` flag. */
export const CLIENT_TOKEN = pattern(/^.{1,255}$/u, '.{1,255}');

export const TASK_NAME: StringRule = text({ min: 1, max: 128 });

/** No `u` flag on purpose: the ranges are UTF-16 code units, so astral characters fail as in Java. */
export const REJECTION_REASON = pattern(
  /^[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]{1,80}$/,
  '[\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFFFD]{1,80}',
);

export const DATE = pattern(
  /^[1-9][0-9]{3}-(?:0[1-9]|1[012])-(?:0[1-9]|[12][0-9]|3[01])$/,
  '[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])',
);

export const TAG_KEY = pattern(
  /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u,
  '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*',
  {
    min: 1,
    max: 128,
  },
);

export const TAG_VALUE = pattern(
  /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u,
  '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*',
  { max: 256 },
);

/** Plain `String` NextTokens: the model sets no limits, the token codec checks the rest. */
export const NEXT_TOKEN: StringRule = text();

/** ListEngagementByAcceptingInvitationTasks' own NextToken shape: `(?s).{1,2048}`. */
export const LONG_NEXT_TOKEN: StringRule = text({ min: 1, max: 2048 });

export const SORT_ORDER: EnumRule = oneOf('SortOrder', ['ASCENDING', 'DESCENDING']);

export const STAGE: EnumRule = oneOf('Stage', [
  'Prospect',
  'Qualified',
  'Technical Validation',
  'Business Validation',
  'Committed',
  'Launched',
  'Closed Lost',
]);

export const REVIEW_STATUS: EnumRule = oneOf('ReviewStatus', [
  'Pending Submission',
  'Submitted',
  'In review',
  'Approved',
  'Rejected',
  'Action Required',
]);

export const OPPORTUNITY_SORT_NAME: EnumRule = oneOf('OpportunitySortName', [
  'LastModifiedDate',
  'Identifier',
  'CustomerCompanyName',
  'CreatedDate',
  'TargetCloseDate',
]);

export const TASK_STATUS: EnumRule = oneOf('TaskStatus', ['IN_PROGRESS', 'COMPLETE', 'FAILED']);

export const LIST_TASKS_SORT_NAME: EnumRule = oneOf('ListTasksSortName', ['StartTime']);

export const PROSPECTING_TASK_SORT_NAME: EnumRule = oneOf('ProspectingFromEngagementTaskSortName', [
  'StartTime',
  'TaskName',
  'FailedEngagementCount',
]);

export const INVITATION_STATUS: EnumRule = oneOf('InvitationStatus', [
  'ACCEPTED',
  'PENDING',
  'REJECTED',
  'EXPIRED',
]);

export const PAYLOAD_TYPE: EnumRule = oneOf('EngagementInvitationPayloadType', [
  'OpportunityInvitation',
  'LeadInvitation',
]);

export const PARTICIPANT_TYPE: EnumRule = oneOf('ParticipantType', ['SENDER', 'RECEIVER']);

export const INVITATION_SORT_NAME: EnumRule = oneOf('OpportunityEngagementInvitationSortName', [
  'InvitationDate',
]);

/** `PageSize`: 1..100 (docs/upstreams/partner-central.md#pagination). */
export const PAGE_SIZE = { min: 1, max: 100 } as const;
