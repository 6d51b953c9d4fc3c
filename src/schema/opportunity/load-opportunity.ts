import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { OpportunityGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { assertNever } from '../../core/errors/index.js';
import { selectsOpportunityProspects } from '../account-engagement/selection.js';
import { leadSquaredOpportunityColumns } from '../leadsquared/columns.js';
import { selectsPartnerCentralDetail } from '../partner-central/selection.js';

/**
 * Every way to an opportunity by id (`node`, `nodes`, `opportunity`, `_entities`) ends here, so
 * they all share the request's loaders and batch together.
 */
export function loadOpportunity(
  id: OpportunityGlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<OpportunityRecord | null> {
  switch (id.kind) {
    case 'lsq-opportunity':
      return ctx.loaders.leadSquaredOpportunity.load({
        eventCode: id.eventCode,
        prospectActivityId: id.prospectActivityId,
        columns: leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
      });
    case 'pc-opportunity': {
      const key = { catalog: id.catalog, opportunityId: id.opportunityId };
      if (selectsPartnerCentralDetail(info)) {
        // Started now, read later by the field resolvers through the same loader; a failure is
        // theirs to report, on their fields, so nothing is lost by not awaiting it here.
        ctx.loaders.partnerCentralOpportunityDetail.load(key).catch(() => undefined);
      }
      return ctx.loaders.partnerCentralOpportunity.load(key);
    }
    case 'ae-opportunity':
      // `full` output (prospects included) only when the query selects the prospects.
      return ctx.loaders.accountEngagementOpportunity.load({
        opportunityId: id.opportunityId,
        withProspects: selectsOpportunityProspects(info),
      });
    default:
      return assertNever(id, 'opportunity id kind');
  }
}
