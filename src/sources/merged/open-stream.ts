import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { assertNever } from '../../core/errors/index.js';
import { OpportunitySource } from '../../schema/common/enums.js';
import { accountEngagementStream } from '../account-engagement/stream.js';
import { selectsOpportunityProspects } from '../../schema/account-engagement/selection.js';
import { leadSquaredStream } from '../leadsquared/stream.js';
import type { MergedQuery, StreamSpec } from './merged-query.js';
import { partnerCentralStream } from '../partner-central/stream.js';
import type { MergeStream } from '../../core/pagination/merged/stream.js';

/** The reader of one stream; everything it pushes down is checked here, before any call. */
export function openStream(
  spec: StreamSpec,
  query: MergedQuery,
  ctx: Context,
  info: GraphQLResolveInfo,
): MergeStream {
  switch (spec.source) {
    case OpportunitySource.PARTNER_CENTRAL:
      return partnerCentralStream(spec, query, ctx);
    case OpportunitySource.ACCOUNT_ENGAGEMENT:
      return accountEngagementStream(spec, query, ctx, selectsOpportunityProspects(info));
    case OpportunitySource.LEADSQUARED:
      return leadSquaredStream(spec, query, ctx, info);
    default:
      return assertNever(spec, 'merged listing stream');
  }
}
