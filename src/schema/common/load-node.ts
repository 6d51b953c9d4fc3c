import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { GlobalId } from '../../core/domain/ids.js';
import type {
  EngagementInvitationRecord,
  EngagementTaskRecord,
} from '../../core/domain/engagement.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { assertNever } from '../../core/errors/index.js';
import { loadOpportunity } from '../opportunity/load-opportunity.js';
import { loadProspect } from '../prospect/load-prospect.js';
import { loadEngagementTask } from '../engagement/load-engagement-task.js';

export type NodeRecord =
  OpportunityRecord | ProspectRecord | EngagementTaskRecord | EngagementInvitationRecord;

export function loadNode(
  id: GlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<NodeRecord | null> {
  switch (id.kind) {
    case 'lsq-opportunity':
    case 'pc-opportunity':
    case 'ae-opportunity':
      return loadOpportunity(id, ctx, info);
    case 'lsq-lead':
    case 'ae-prospect':
      return loadProspect(id, ctx, info);
    case 'pc-accept-task':
    case 'pc-prospecting-task':
      return loadEngagementTask(id, ctx);
    case 'pc-invitation':
      return ctx.loaders.engagementInvitation.load({
        catalog: id.catalog,
        invitationId: id.invitationId,
      });
    default:
      return assertNever(id, 'global id kind');
  }
}
