import type { Lookups } from '../common/lookup.js';
import { loadEngagementTask } from '../engagement/load-engagement-task.js';
import { selectsPartnerCentralDetail } from './selection.js';

/** Partner Central ids by their loaders (opportunities, engagement tasks, invitations). */
export const PARTNER_CENTRAL_LOOKUPS: Lookups<
  'pc-opportunity' | 'pc-accept-task' | 'pc-prospecting-task' | 'pc-invitation'
> = {
  'pc-opportunity': (id, ctx, info) => {
    const key = { catalog: id.catalog, opportunityId: id.opportunityId };
    if (selectsPartnerCentralDetail(info)) {
      // Started now, read later by the field resolvers through the same loader; a failure is
      // theirs to report, on their fields, so nothing is lost by not awaiting it here.
      ctx.loaders.partnerCentralOpportunityDetail.load(key).catch(() => undefined);
    }
    return ctx.loaders.partnerCentralOpportunity.load(key);
  },
  'pc-accept-task': (id, ctx) => loadEngagementTask(id, ctx),
  'pc-prospecting-task': (id, ctx) => loadEngagementTask(id, ctx),
  'pc-invitation': (id, ctx) =>
    ctx.loaders.engagementInvitation.load({ catalog: id.catalog, invitationId: id.invitationId }),
};
