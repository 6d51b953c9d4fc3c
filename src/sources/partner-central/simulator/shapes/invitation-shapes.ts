/**
 * GetEngagementInvitationResponse and EngagementInvitationSummary
 * (docs/upstreams/partner-central.md#getengagementinvitation) from a stored invitation. The
 * simulator's own flag (`failsOnAccept`) never leaves it.
 */
import type { InvitationRecord } from '../data/records.js';

export function engagementInvitation(record: InvitationRecord): object {
  const { failsOnAccept: _flag, ...wire } = record;
  return wire;
}

/** Seeded invitations are all received ones (ParticipantType RECEIVER). */
export function engagementInvitationSummary(record: InvitationRecord): object {
  return {
    Arn: record.Arn,
    PayloadType: record.PayloadType,
    Id: record.Id,
    EngagementId: record.EngagementId,
    EngagementTitle: record.EngagementTitle,
    Status: record.Status,
    InvitationDate: record.InvitationDate,
    ExpirationDate: record.ExpirationDate,
    SenderAwsAccountId: record.SenderAwsAccountId,
    SenderCompanyName: record.SenderCompanyName,
    Receiver: record.Receiver,
    Catalog: record.Catalog,
    ParticipantType: 'RECEIVER',
  };
}
