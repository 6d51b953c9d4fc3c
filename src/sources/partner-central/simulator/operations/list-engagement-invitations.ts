/**
 * ListEngagementInvitations (docs/upstreams/partner-central.md#listengagementinvitations).
 * Simulator choices: the seeded invitations are all
 * received ones, so ParticipantType SENDER lists nothing; EngagementIdentifier accepts the
 * engagement's id or ARN; the default order is InvitationDate DESCENDING, ties by Id.
 */
import type { InvitationRecord } from '../data/records.js';
import { pageOf } from '../listing/paging.js';
import { sortItems } from '../listing/sort.js';
import { engagementInvitationSummary } from '../shapes/invitation-shapes.js';
import {
  AWS_ACCOUNT,
  CATALOG_IDENTIFIER,
  ENGAGEMENT_ARN_OR_IDENTIFIER,
  INVITATION_SORT_NAME,
  INVITATION_STATUS,
  NEXT_TOKEN,
  PAGE_SIZE,
  PARTICIPANT_TYPE,
  PAYLOAD_TYPE,
  SORT_ORDER,
} from '../validation/model-shapes.js';
import { integer, listOf, optional, required, structure } from '../validation/rules.js';
import { defineOperation } from './operation.js';

interface ListEngagementInvitationsInput {
  readonly Catalog: string;
  readonly MaxResults?: number;
  readonly NextToken?: string;
  readonly Sort?: {
    readonly SortOrder: 'ASCENDING' | 'DESCENDING';
    readonly SortBy: 'InvitationDate';
  };
  readonly PayloadType?: readonly string[];
  readonly ParticipantType: 'SENDER' | 'RECEIVER';
  readonly Status?: readonly string[];
  readonly EngagementIdentifier?: readonly string[];
  readonly SenderAwsAccountId?: readonly string[];
}

const input = structure({
  Catalog: required(CATALOG_IDENTIFIER),
  MaxResults: optional(integer(PAGE_SIZE.min, PAGE_SIZE.max)),
  NextToken: optional(NEXT_TOKEN),
  Sort: optional(
    structure({ SortOrder: required(SORT_ORDER), SortBy: required(INVITATION_SORT_NAME) }),
  ),
  PayloadType: optional(listOf(PAYLOAD_TYPE)),
  ParticipantType: required(PARTICIPANT_TYPE),
  Status: optional(listOf(INVITATION_STATUS, { min: 1, max: 10 })),
  EngagementIdentifier: optional(listOf(ENGAGEMENT_ARN_OR_IDENTIFIER, { min: 1, max: 10 })),
  SenderAwsAccountId: optional(listOf(AWS_ACCOUNT, { min: 1, max: 10 })),
});

const within = (values: readonly string[] | undefined, value: string): boolean =>
  values === undefined || values.length === 0 || values.includes(value);

export const listEngagementInvitations = defineOperation<ListEngagementInvitationsInput>(
  'ListEngagementInvitations',
  input,
  (request, { catalog, state, nowMs }) => {
    const engagementIds = request.EngagementIdentifier?.map(
      (idOrArn) => catalog.engagement(idOrArn)?.Id ?? idOrArn,
    );
    const matches = (invitation: InvitationRecord): boolean =>
      request.ParticipantType === 'RECEIVER' &&
      within(request.PayloadType, invitation.PayloadType) &&
      within(request.Status, invitation.Status) &&
      within(engagementIds, invitation.EngagementId) &&
      within(request.SenderAwsAccountId, invitation.SenderAwsAccountId);
    const sorted = sortItems(
      catalog.invitations.filter(matches),
      (invitation) => Date.parse(invitation.InvitationDate),
      (request.Sort?.SortOrder ?? 'DESCENDING') === 'DESCENDING',
      (invitation) => invitation.Id,
    );
    const page = pageOf(
      sorted,
      'ListEngagementInvitations',
      { ...request },
      {
        tokens: state.tokens,
        nowMs,
      },
    );
    return {
      EngagementInvitationSummaries: page.items.map(engagementInvitationSummary),
      NextToken: page.NextToken,
    };
  },
);
