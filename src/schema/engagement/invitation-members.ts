import type {
  EngagementInvitationSummary,
  GetEngagementInvitationCommandOutput,
  PartnerCentralInvitationRecord,
} from '../../sources/partner-central/wire-types.js';
import type { Context } from '../../context.js';

/** Every member an invitation can have: the list summary's and GetEngagementInvitation's. */
export type InvitationMembers = EngagementInvitationSummary &
  Omit<GetEngagementInvitationCommandOutput, '$metadata'>;

/**
 * THE place that says which EngagementInvitation fields are summary-backed: the members of
 * EngagementInvitationSummary (docs/upstreams/partner-central.md#listengagementinvitations). Every
 * other member (payload, message, rejection reason, ...) needs GetEngagementInvitation.
 */
export const INVITATION_SUMMARY_MEMBERS = [
  'Arn',
  'PayloadType',
  'Id',
  'EngagementId',
  'EngagementTitle',
  'Status',
  'InvitationDate',
  'ExpirationDate',
  'SenderAwsAccountId',
  'SenderCompanyName',
  'Receiver',
  'Catalog',
  'ParticipantType',
] as const satisfies readonly (keyof EngagementInvitationSummary)[];

export function isInvitationSummaryMember(member: keyof InvitationMembers): boolean {
  return (INVITATION_SUMMARY_MEMBERS as readonly string[]).includes(member);
}

const LOADED_NOTE = ' Loaded with GetEngagementInvitation when selected on a listed invitation.';

export function invitationField(
  member: keyof InvitationMembers,
  description: string,
): { nullable: true; description: string } {
  return {
    nullable: true,
    description: isInvitationSummaryMember(member) ? description : `${description}${LOADED_NOTE}`,
  };
}

/**
 * One member of an invitation: from the record when it is a summary member or the record came
 * from GetEngagementInvitation; otherwise through the request's invitation loader (one call per
 * distinct invitation). A vanished invitation gives null; a failure errors this field only.
 */
export async function readInvitationMember<M extends keyof InvitationMembers>(
  record: PartnerCentralInvitationRecord,
  member: M,
  ctx: Context,
): Promise<NonNullable<InvitationMembers[M]> | null> {
  if (record.complete || isInvitationSummaryMember(member)) {
    return (record.summary as InvitationMembers)[member] ?? null;
  }
  const full = await ctx.loaders.engagementInvitation.load({
    catalog: record.catalog,
    invitationId: record.invitationId,
  });
  return full ? ((full.summary as InvitationMembers)[member] ?? null) : null;
}
