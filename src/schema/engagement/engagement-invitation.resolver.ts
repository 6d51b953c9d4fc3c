import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { PartnerCentralInvitationRecord } from '../../sources/partner-central/wire-types.js';
import { Catalog, fromUpstreamCatalog } from '../common/catalog.enum.js';
import { EngagementInvitation } from './engagement-invitation.type.js';
import {
  EngagementEnrichmentContext,
  EngagementInvitationPayload,
  EngagementInvitationReceiver,
  EngagementMember,
} from './invitation-values.type.js';
import { DateTime } from '../common/scalars.js';
import { isoDateTime, listOf } from '../partner-central/convert.js';
import { toEnrichmentContext, toMember, toPayload, toReceiver } from './invitation-convert.js';
import { invitationField, readInvitationMember } from './invitation-members.js';

/**
 * EngagementInvitation fields. Members go through readInvitationMember: summary members and
 * records read by id answer from the record, the others load GetEngagementInvitation once per
 * invitation (INVITATION_SUMMARY_MEMBERS decides); invitationField notes the cost in the SDL.
 */
@Resolver(() => EngagementInvitation)
export class EngagementInvitationResolver {
  @FieldResolver(() => Catalog, { description: 'AWS (production data) or SANDBOX (test data).' })
  catalog(@Root() record: PartnerCentralInvitationRecord): Catalog {
    return fromUpstreamCatalog(record.catalog);
  }

  @FieldResolver(() => String, invitationField('Arn', 'The invitation ARN.'))
  arn(@Root() record: PartnerCentralInvitationRecord, @Ctx() ctx: Context): Promise<string | null> {
    return readInvitationMember(record, 'Arn', ctx);
  }

  @FieldResolver(() => String, invitationField('Status', 'PENDING, ACCEPTED, REJECTED or EXPIRED.'))
  status(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'Status', ctx);
  }

  @FieldResolver(
    () => String,
    invitationField(
      'PayloadType',
      'OpportunityInvitation or LeadInvitation: what `payload` holds.',
    ),
  )
  payloadType(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'PayloadType', ctx);
  }

  @FieldResolver(
    () => DateTime,
    invitationField('InvitationDate', 'When it was sent (InvitationDate).'),
  )
  async receivedAt(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return isoDateTime(await readInvitationMember(record, 'InvitationDate', ctx));
  }

  @FieldResolver(
    () => DateTime,
    invitationField('ExpirationDate', 'When it expires unanswered (ExpirationDate).'),
  )
  async expiresAt(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return isoDateTime(await readInvitationMember(record, 'ExpirationDate', ctx));
  }

  @FieldResolver(() => String, invitationField('SenderCompanyName', "The sender's company name."))
  senderCompanyName(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'SenderCompanyName', ctx);
  }

  @FieldResolver(
    () => String,
    invitationField(
      'SenderAwsAccountId',
      "The sender's AWS account id (AWS itself for AWS referrals).",
    ),
  )
  senderAwsAccountId(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'SenderAwsAccountId', ctx);
  }

  @FieldResolver(
    () => String,
    invitationField('EngagementId', 'The engagement (eng-...) the invitation asks to join.'),
  )
  engagementId(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'EngagementId', ctx);
  }

  @FieldResolver(() => String, invitationField('EngagementTitle', 'Title of the engagement.'))
  engagementTitle(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'EngagementTitle', ctx);
  }

  @FieldResolver(
    () => String,
    invitationField(
      'ParticipantType',
      'SENDER or RECEIVER: our side of the invitation. Only listings report it (null when read by id).',
    ),
  )
  participantType(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'ParticipantType', ctx);
  }

  @FieldResolver(
    () => EngagementInvitationReceiver,
    invitationField('Receiver', 'Who the invitation was sent to.'),
  )
  async receiver(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<EngagementInvitationReceiver | null> {
    return toReceiver(await readInvitationMember(record, 'Receiver', ctx));
  }

  @FieldResolver(
    () => String,
    invitationField('RejectionReason', 'Why the invitation was rejected, when it was.'),
  )
  rejectionReason(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'RejectionReason', ctx);
  }

  @FieldResolver(() => String, invitationField('InvitationMessage', "The sender's message."))
  invitationMessage(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'InvitationMessage', ctx);
  }

  @FieldResolver(
    () => String,
    invitationField('EngagementDescription', 'Description of the engagement.'),
  )
  engagementDescription(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    return readInvitationMember(record, 'EngagementDescription', ctx);
  }

  @FieldResolver(
    () => [EngagementMember],
    invitationField('ExistingMembers', 'Companies already in the engagement.'),
  )
  async existingMembers(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<EngagementMember[] | null> {
    return listOf(await readInvitationMember(record, 'ExistingMembers', ctx), toMember);
  }

  @FieldResolver(
    () => EngagementInvitationPayload,
    invitationField('Payload', 'The opportunity or lead the invitation is about.'),
  )
  async payload(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<EngagementInvitationPayload | null> {
    return toPayload(await readInvitationMember(record, 'Payload', ctx));
  }

  @FieldResolver(
    () => EngagementEnrichmentContext,
    invitationField('EnrichmentContext', 'AWS prospecting results and lead insights.'),
  )
  async enrichmentContext(
    @Root() record: PartnerCentralInvitationRecord,
    @Ctx() ctx: Context,
  ): Promise<EngagementEnrichmentContext | null> {
    return toEnrichmentContext(await readInvitationMember(record, 'EnrichmentContext', ctx));
  }
}
