import type { Lookups } from '../common/lookup.js';
import { leadSquaredLeadColumns, leadSquaredOpportunityColumns } from './columns.js';

/** LeadSquared ids by their loaders, asking for the columns the query selects. */
export const LEADSQUARED_LOOKUPS: Lookups<'lsq-opportunity' | 'lsq-lead'> = {
  'lsq-opportunity': (id, ctx, info) =>
    ctx.loaders.leadSquaredOpportunity.load({
      eventCode: id.eventCode,
      prospectActivityId: id.prospectActivityId,
      columns: leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
    }),
  'lsq-lead': (id, ctx, info) =>
    ctx.loaders.leadSquaredLead.load({
      prospectId: id.prospectId,
      columns: leadSquaredLeadColumns(info),
    }),
};
