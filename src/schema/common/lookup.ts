import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type {
  EngagementInvitationRecord,
  EngagementTaskRecord,
} from '../../sources/partner-central/engagement-records.js';
import type {
  GlobalIdKind,
  GlobalIdOf,
  OPPORTUNITY_ID_KINDS,
  PROSPECT_ID_KINDS,
  ENGAGEMENT_TASK_ID_KINDS,
} from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';

export type NodeRecord =
  OpportunityRecord | ProspectRecord | EngagementTaskRecord | EngagementInvitationRecord;

/** The record an id of kind K stands for. */
export type RecordOfKind<K extends GlobalIdKind> = K extends (typeof OPPORTUNITY_ID_KINDS)[number]
  ? OpportunityRecord
  : K extends (typeof PROSPECT_ID_KINDS)[number]
    ? ProspectRecord
    : K extends (typeof ENGAGEMENT_TASK_ID_KINDS)[number]
      ? EngagementTaskRecord
      : EngagementInvitationRecord;

/**
 * How ids of some kinds are looked up: through the request's loaders, with what the query's
 * selection says must be fetched up front. Each source's schema folder gives its kinds'
 * (`lookups.ts`); `lookups.ts` here joins them into the one table every path by id goes through.
 */
export type Lookups<K extends GlobalIdKind> = {
  readonly [P in K]: (
    id: GlobalIdOf<P>,
    ctx: Context,
    info: GraphQLResolveInfo,
  ) => Promise<RecordOfKind<P> | null>;
};
