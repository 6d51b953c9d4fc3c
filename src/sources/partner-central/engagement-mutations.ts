import type { Context } from '../../context.js';
import { parseEngagementInvitationId } from '../../core/domain/ids.js';
import { BadUserInputError, NotFoundError } from '../../core/errors/index.js';
import { mapAcceptTask, mapProspectingTask } from './mapper.js';
import { clientTokenOf } from './client-token.js';
import { invitationTag } from './cache-tags.js';
import type { Catalog } from '../../core/domain/catalog.js';
import type { PartnerCentralInvitationRecord, PartnerCentralTaskRecord } from './wire-types.js';

/** Accept an invitation; an absent clientToken is generated (and returned). */
export interface AcceptInvitationArgs {
  /** Global id pc-invitation:<Catalog>:<engi-id>. */
  invitationId: string;
  clientToken?: string | null;
}

/** Start prospecting from existing engagements of one catalog. */
export interface StartProspectingArgs {
  /** Upstream spelling (`AWS`, `Sandbox`). */
  catalog: Catalog;
  /** Engagement ids (eng-...), 1 to 100, none repeated. */
  engagementIds: string[];
  taskName: string;
  clientToken?: string | null;
}

export interface RejectInvitationArgs {
  /** Global id pc-invitation:<Catalog>:<engi-id>. */
  invitationId: string;
  rejectionReason?: string | null;
}

export interface EngagementTaskPayloadValue {
  task: PartnerCentralTaskRecord;
  clientToken: string;
}

const ENGAGEMENT_ID = /^eng-[0-9a-z]{14}$/;
/**
 * StartProspectingFromEngagementTask takes at most 100 engagement ids
 * (docs/upstreams/partner-central.md#startprospectingfromengagementtask).
 */
export const MAX_PROSPECTING_ENGAGEMENTS = 100;
const REJECTION_REASON = /^[\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]{1,80}$/;

/**
 * Runs a write, then drops from the shared cache what it may have changed (these records and every
 * listing page) before the mutation answers, so the caller's next read sees it on any replica.
 * Also after a failure: a write that timed out may still have happened.
 */
async function invalidatingAfter<T>(
  ctx: Context,
  globalIds: readonly string[],
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } finally {
    await ctx.services.partnerCentral.reads.invalidate(globalIds);
  }
}

function primeTask(ctx: Context, task: PartnerCentralTaskRecord): void {
  const key = { type: task.type, catalog: task.catalog, taskId: task.taskId };
  ctx.loaders.engagementTask.clear(key).prime(key, task);
}

/** StartEngagementByAcceptingInvitationTask; repeated with the same token it returns the same task. */
export async function acceptEngagementInvitation(
  input: AcceptInvitationArgs,
  ctx: Context,
): Promise<EngagementTaskPayloadValue> {
  const invitation = parseEngagementInvitationId(input.invitationId, 'input.invitationId');
  const clientToken = clientTokenOf(input.clientToken);
  // The invitation and the lists change as the task runs (it may be done already): dropped now,
  // and again once a look-up sees the task COMPLETE (CompletedAcceptTasks).
  const output = await invalidatingAfter(
    ctx,
    [invitationTag(invitation.catalog, invitation.invitationId)],
    () =>
      ctx.services.partnerCentral.client.startEngagementByAcceptingInvitationTask(
        {
          Catalog: invitation.catalog,
          Identifier: invitation.invitationId,
          ClientToken: clientToken,
        },
        ctx.call,
      ),
  );
  const task = mapAcceptTask(
    { ...output, EngagementInvitationId: output.EngagementInvitationId ?? invitation.invitationId },
    invitation.catalog,
  );
  primeTask(ctx, task);
  return { task, clientToken };
}

export async function startProspectingFromEngagements(
  input: StartProspectingArgs,
  ctx: Context,
): Promise<EngagementTaskPayloadValue> {
  const { catalog, engagementIds, taskName } = input;
  if (engagementIds.length === 0 || engagementIds.length > MAX_PROSPECTING_ENGAGEMENTS) {
    throw new BadUserInputError(
      'input.engagementIds',
      `must hold 1 to ${MAX_PROSPECTING_ENGAGEMENTS} engagement ids`,
      `${engagementIds.length} ids`,
    );
  }
  engagementIds.forEach((id, index) => {
    if (!ENGAGEMENT_ID.test(id)) {
      throw new BadUserInputError(
        `input.engagementIds[${index}]`,
        'must match eng-[0-9a-z]{14}',
        id,
      );
    }
    // The upstream refuses repeated identifiers (DUPLICATE_KEY_VALUE); say so before calling it.
    if (engagementIds.indexOf(id) !== index) {
      throw new BadUserInputError(
        `input.engagementIds[${index}]`,
        'must not repeat an engagement id',
        id,
      );
    }
  });
  if (taskName.length < 1 || taskName.length > 128) {
    throw new BadUserInputError('input.taskName', 'must be 1 to 128 characters', taskName);
  }
  const clientToken = clientTokenOf(input.clientToken);
  // No cached record is an engagement; the listing pages go, whatever they hold.
  const output = await invalidatingAfter(ctx, [], () =>
    ctx.services.partnerCentral.client.startProspectingFromEngagementTask(
      {
        Catalog: catalog,
        Identifiers: engagementIds,
        TaskName: taskName,
        ClientToken: clientToken,
      },
      ctx.call,
    ),
  );
  const task = mapProspectingTask(output, catalog);
  primeTask(ctx, task);
  return { task, clientToken };
}

/** RejectEngagementInvitation, then the invitation as it now stands (status REJECTED). */
export async function rejectEngagementInvitation(
  input: RejectInvitationArgs,
  ctx: Context,
): Promise<PartnerCentralInvitationRecord> {
  const invitation = parseEngagementInvitationId(input.invitationId, 'input.invitationId');
  if (input.rejectionReason != null && !REJECTION_REASON.test(input.rejectionReason)) {
    throw new BadUserInputError(
      'input.rejectionReason',
      'must be 1 to 80 printable characters',
      input.rejectionReason,
    );
  }
  // Invalidated before the read below, which must not be answered from the cache.
  await invalidatingAfter(ctx, [invitationTag(invitation.catalog, invitation.invitationId)], () =>
    ctx.services.partnerCentral.client.rejectEngagementInvitation(
      {
        Catalog: invitation.catalog,
        Identifier: invitation.invitationId,
        ...(input.rejectionReason != null ? { RejectionReason: input.rejectionReason } : {}),
      },
      ctx.call,
    ),
  );
  const key = { catalog: invitation.catalog, invitationId: invitation.invitationId };
  const fresh = await ctx.loaders.engagementInvitation.clear(key).load(key);
  if (!fresh) throw new NotFoundError('EngagementInvitation', input.invitationId);
  return fresh;
}
