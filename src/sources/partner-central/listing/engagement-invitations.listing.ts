import type { ListEngagementInvitationsCommandInput } from '@aws-sdk/client-partnercentral-selling';
import type { Context } from '../../../context.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { PartnerCentralInvitationRecord } from '../wire-types.js';
import {
  collectTokenPage,
  decodeOptionalCursor,
  resolveFirst,
  type Connection,
  type TokenPage,
} from '../../../core/pagination/index.js';
import { mapInvitation } from '../mapper.js';
import { UPSTREAM_PAYLOAD_TYPE, type InvitationFilter } from './engagement-filters.js';
import { SortDirection } from '../../../core/domain/enums.js';
import { allMatch, atMost } from '../../../core/pagination/list-limits.js';

const ENGAGEMENT_ID = /^eng-[0-9a-z]{14}$/;
const AWS_ACCOUNT = /^([0-9]{12}|\w{1,12})$/;

/** ListEngagementInvitations input from the filter, checked against the model's limits. */
function listInput(
  catalog: Catalog,
  filter: InvitationFilter | null | undefined,
): ListEngagementInvitationsCommandInput {
  const statuses = atMost(filter?.statuses, 10, 'filter.statuses');
  const engagementIds = atMost(filter?.engagementIds, 10, 'filter.engagementIds');
  allMatch(engagementIds, ENGAGEMENT_ID, 'filter.engagementIds', 'must match eng-[0-9a-z]{14}');
  const senders = atMost(filter?.senderAwsAccountIds, 10, 'filter.senderAwsAccountIds');
  allMatch(senders, AWS_ACCOUNT, 'filter.senderAwsAccountIds', 'must be a 12-digit AWS account id');
  const payloadTypes = atMost(filter?.payloadTypes, 2, 'filter.payloadTypes');
  return {
    Catalog: catalog,
    ParticipantType: filter?.participantType ?? 'RECEIVER',
    ...(statuses ? { Status: statuses } : {}),
    ...(engagementIds ? { EngagementIdentifier: engagementIds } : {}),
    ...(senders ? { SenderAwsAccountId: senders } : {}),
    ...(payloadTypes
      ? { PayloadType: payloadTypes.map((type) => UPSTREAM_PAYLOAD_TYPE[type]) }
      : {}),
    Sort: {
      SortBy: 'InvitationDate',
      SortOrder: filter?.direction === SortDirection.ASC ? 'ASCENDING' : 'DESCENDING',
    },
  };
}

/** `engagementInvitations`: Relay over ListEngagementInvitations NextToken pages. */
export async function listEngagementInvitations(
  args: {
    catalog: Catalog;
    first?: number | null;
    after?: string | null;
    filter?: InvitationFilter | null;
  },
  ctx: Context,
): Promise<Connection<PartnerCentralInvitationRecord>> {
  const first = resolveFirst(args.first);
  const input = listInput(args.catalog, args.filter);
  const binding = { connection: 'engagementInvitations', input };
  return collectTokenPage({
    after: decodeOptionalCursor(args.after, binding),
    first,
    binding,
    fetchPage: (token) => {
      const { client, reads } = ctx.services.partnerCentral;
      const pageInput = { ...input, MaxResults: 100, ...(token ? { NextToken: token } : {}) };
      // Cached for the listing TTL, tagged with the invitations it holds (see PartnerCentralReads).
      return reads.page(
        'ListEngagementInvitations',
        pageInput,
        ctx.call,
        (page: TokenPage<PartnerCentralInvitationRecord>) => page.items.map((item) => item.id),
        async (call) => {
          const page = await client.listEngagementInvitations(pageInput, call);
          return {
            items: (page.EngagementInvitationSummaries ?? []).map((summary) =>
              mapInvitation(summary, args.catalog),
            ),
            nextToken: page.NextToken ?? null,
          };
        },
      );
    },
  });
}
