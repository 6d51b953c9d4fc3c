import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { SORT_COLUMNS } from '../../schema/leadsquared/opportunity.filter.js';
import { leadSquaredOpportunityColumns } from '../../schema/leadsquared/columns.js';
import { leadSquaredSearchRows } from './listing/search-rows.js';
import { fetchLeadSquaredWindow, type LeadSquaredWindowQuery } from './listing/window.js';
import type { MergedQuery } from '../merged/merged-query.js';
import {
  nextOffset,
  offsetStreamPage,
  type MergeStream,
} from '../../core/pagination/merged/stream.js';

/**
 * One opportunity type through Retrieve/BySearchParameter sorted by CreatedOn, with the strict
 * CreatedOn bounds as advanced-search rows; a window of `count` records costs one call.
 */
export function leadSquaredStream(
  spec: MergeStream['spec'] & { eventCode: number },
  query: MergedQuery,
  ctx: Context,
  info: GraphQLResolveInfo,
): MergeStream {
  const window: LeadSquaredWindowQuery = {
    eventCode: spec.eventCode,
    rows: leadSquaredSearchRows({
      createdAfter: query.createdAfter,
      createdBefore: query.createdBefore,
    }),
    sortColumn: SORT_COLUMNS.CREATED_ON,
    direction: query.direction,
    columns: leadSquaredOpportunityColumns(info, ctx.services.leadSquared.config),
  };
  return {
    spec,
    positionKind: 'offset',
    async read(position, count) {
      const offset = nextOffset(position);
      const { records, total } = await fetchLeadSquaredWindow(window, offset, count, ctx);
      return offsetStreamPage(records, offset, count, total);
    },
  };
}
