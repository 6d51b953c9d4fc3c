import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { ProspectGlobalId } from '../../core/domain/ids.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';
import { assertNever } from '../../core/errors/index.js';
import { leadSquaredLeadColumns } from '../leadsquared/columns.js';

/** Every way to a prospect by id ends here, so look-ups batch per request. */
export function loadProspect(
  id: ProspectGlobalId,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<ProspectRecord | null> {
  switch (id.kind) {
    case 'lsq-lead':
      return ctx.loaders.leadSquaredLead.load({
        prospectId: id.prospectId,
        columns: leadSquaredLeadColumns(info),
      });
    case 'ae-prospect':
      return ctx.loaders.accountEngagementProspect.load(id.prospectId);
    default:
      return assertNever(id, 'prospect id kind');
  }
}
