import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { EngagementInvitationRecord } from '../../sources/partner-central/engagement-records.js';
import {
  AcceptEngagementInvitationInput,
  RejectEngagementInvitationInput,
  StartProspectingFromEngagementsInput,
} from './engagement.inputs.js';
import {
  acceptEngagementInvitation,
  rejectEngagementInvitation,
  startProspectingFromEngagements,
  type EngagementTaskPayloadValue,
} from '../../sources/partner-central/engagement-mutations.js';
import { toUpstreamCatalog } from '../common/catalog.enum.js';
import { EngagementInvitation } from './engagement-invitation.type.js';
import { EngagementTaskPayload } from './engagement-task-payload.type.js';

@Resolver()
export class PartnerCentralMutationsResolver {
  @Mutation(() => EngagementTaskPayload, {
    nullable: true,
    description:
      'Accepts an invitation (StartEngagementByAcceptingInvitationTask). Send the returned clientToken again to retry safely: the same token returns the same task. Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  acceptEngagementInvitation(
    @Arg('input', () => AcceptEngagementInvitationInput) input: AcceptEngagementInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<EngagementTaskPayloadValue> {
    return acceptEngagementInvitation(input, ctx);
  }

  @Mutation(() => EngagementTaskPayload, {
    nullable: true,
    description:
      'Starts prospecting from up to 100 engagements (StartProspectingFromEngagementTask); idempotent per clientToken. Null when it fails (the error says why and, for an upstream failure, names the source), so the other mutations of the request keep their results.',
  })
  startProspectingFromEngagements(
    @Arg('input', () => StartProspectingFromEngagementsInput)
    input: StartProspectingFromEngagementsInput,
    @Ctx() ctx: Context,
  ): Promise<EngagementTaskPayloadValue> {
    return startProspectingFromEngagements(
      { ...input, catalog: toUpstreamCatalog(input.catalog) },
      ctx,
    );
  }

  @Mutation(() => EngagementInvitation, {
    nullable: true,
    description:
      'Rejects a pending invitation and returns it as it now stands; null when it fails (the error says why), so the other mutations of the request keep their results.',
  })
  rejectEngagementInvitation(
    @Arg('input', () => RejectEngagementInvitationInput) input: RejectEngagementInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<EngagementInvitationRecord> {
    return rejectEngagementInvitation(input, ctx);
  }
}
