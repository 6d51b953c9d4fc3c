import type {
  EngagementProspectingResult as SdkProspectingResult,
  PartnerCentralTaskRecord,
} from '../../sources/partner-central/wire-types.js';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { normaliseTaskStatus } from '../../sources/partner-central/mapper.js';
import type {
  EngagementInvitationRecord,
  EngagementTaskStatus as TaskStatus,
} from '../../sources/partner-central/engagement-records.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { Catalog, fromUpstreamCatalog } from '../common/catalog.enum.js';
import { EngagementInvitation } from './engagement-invitation.type.js';
import {
  EngagementProspectingResult,
  EngagementTask,
  EngagementTaskCounts,
} from './engagement-task.type.js';
import { Opportunity } from '../opportunity/opportunity.type.js';
import { NEVER_REUSED } from '../common/cache-control.js';

/** The GraphQL enum view of the mapper's normalisation (their values are the same strings). */
const normaliseStatus = (value: string | null | undefined) =>
  normaliseTaskStatus(value) as TaskStatus | null;

interface ProspectingResultView {
  engagementId: string | null;
  status: TaskStatus | null;
  engagementContextId: string | null;
  reasonCode: string | null;
  message: string | null;
}

@Resolver(() => EngagementTask)
export class EngagementTaskResolver {
  @Directive(NEVER_REUSED)
  @FieldResolver(() => Catalog, { description: 'AWS (production data) or SANDBOX (test data).' })
  catalog(@Root() task: PartnerCentralTaskRecord): Catalog {
    return fromUpstreamCatalog(task.catalog);
  }

  @Directive(NEVER_REUSED)
  @FieldResolver(() => EngagementInvitation, {
    nullable: true,
    description:
      'Accept tasks: the invitation accepted (GetEngagementInvitation, once per invitation). Null for prospecting tasks.',
  })
  async invitation(
    @Root() task: PartnerCentralTaskRecord,
    @Ctx() ctx: Context,
  ): Promise<EngagementInvitationRecord | null> {
    if (task.type !== 'ACCEPT_ENGAGEMENT_INVITATION' || !task.invitationId) return null;
    return ctx.loaders.engagementInvitation.load({
      catalog: task.catalog,
      invitationId: task.invitationId,
    });
  }

  @Directive(NEVER_REUSED)
  @FieldResolver(() => Opportunity, {
    nullable: true,
    description:
      'Accept tasks: the opportunity the task created, once the upstream reports it; null before.',
  })
  async opportunity(
    @Root() task: PartnerCentralTaskRecord,
    @Ctx() ctx: Context,
  ): Promise<OpportunityRecord | null> {
    if (!task.opportunityId) return null;
    return ctx.loaders.partnerCentralOpportunity.load({
      catalog: task.catalog,
      opportunityId: task.opportunityId,
    });
  }

  @Directive(NEVER_REUSED)
  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'Prospecting tasks: the engagements (eng-...) prospected; null for accept tasks. A listed task needs GetProspectingFromEngagementTask for it (once per task).',
  })
  async engagementIds(
    @Root() task: PartnerCentralTaskRecord,
    @Ctx() ctx: Context,
  ): Promise<string[] | null> {
    const results = await prospectingResults(task, ctx);
    return results
      ? results.flatMap((result) =>
          result.EngagementIdentifier ? [result.EngagementIdentifier] : [],
        )
      : null;
  }

  @Directive(NEVER_REUSED)
  @FieldResolver(() => [EngagementProspectingResult], {
    nullable: true,
    description:
      'Prospecting tasks: the outcome per engagement; null for accept tasks. A listed task needs GetProspectingFromEngagementTask for it (once per task).',
  })
  async engagementResults(
    @Root() task: PartnerCentralTaskRecord,
    @Ctx() ctx: Context,
  ): Promise<ProspectingResultView[] | null> {
    const results = await prospectingResults(task, ctx);
    return results
      ? results.map((result) => ({
          engagementId: result.EngagementIdentifier ?? null,
          status: normaliseStatus(result.Status),
          engagementContextId: result.EngagementContextId ?? null,
          reasonCode: result.ReasonCode ?? null,
          message: result.Message ?? null,
        }))
      : null;
  }

  @Directive(NEVER_REUSED)
  @FieldResolver(() => EngagementTaskCounts, {
    nullable: true,
    description:
      'Prospecting tasks: engagements in total, completed and failed (from the listing, or counted from the results); null for accept tasks.',
  })
  counts(@Root() task: PartnerCentralTaskRecord): EngagementTaskCounts | null {
    if (task.type !== 'PROSPECTING_FROM_ENGAGEMENT') return null;
    if (task.counts) return task.counts;
    const results = task.engagementResults;
    if (!results) return null;
    const statuses = results.map((result) => normaliseStatus(result.Status));
    return {
      total: results.length,
      completed: statuses.filter((status) => status === 'COMPLETE').length,
      failed: statuses.filter((status) => status === 'FAILED').length,
    };
  }
}

/**
 * The per-engagement results of a prospecting task: from the record when it came from Get or
 * Start, else from GetProspectingFromEngagementTask through the request's task loader.
 */
async function prospectingResults(
  task: PartnerCentralTaskRecord,
  ctx: Context,
): Promise<SdkProspectingResult[] | null> {
  if (task.type !== 'PROSPECTING_FROM_ENGAGEMENT') return null;
  if (task.engagementResults) return task.engagementResults;
  const full = await ctx.loaders.engagementTask.load({
    type: task.type,
    catalog: task.catalog,
    taskId: task.taskId,
  });
  return full?.engagementResults ?? null;
}
