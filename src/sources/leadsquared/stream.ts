import type { Context } from '../../context.js';
import { SORT_COLUMNS } from './listing/search-query.js';
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
 * CreatedOn bounds as advanced-search rows; a window of `count` records costs one call. `columns`
 * is the Include_CSV the merged page's selection needs.
 */
export function leadSquaredStream(
  spec: MergeStream['spec'] & { eventCode: number },
  query: MergedQuery,
  ctx: Context,
  columns: string[],
): MergeStream {
  const window: LeadSquaredWindowQuery = {
    eventCode: spec.eventCode,
    rows: leadSquaredSearchRows({
      createdAfter: query.createdAfter,
      createdBefore: query.createdBefore,
    }),
    sortColumn: SORT_COLUMNS.CREATED_ON,
    direction: query.direction,
    columns,
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
