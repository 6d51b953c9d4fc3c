import { GUID } from '../../../core/domain/id-parts.js';
import { BadUserInputError } from '../../../core/errors/index.js';
import { checkBoundOrder } from '../../../core/pagination/bound-order.js';
import { formatLeadSquaredDate } from '../dates.js';
import type { AdvancedSearchRow } from '../wire.js';
import type { LeadSquaredSearchFilter } from './search-query.js';

const STATUS = /^[\p{L}\p{N} _-]{1,64}$/u;

/**
 * Records carry whole seconds and the upstream takes whole seconds, so a bound with a fraction is
 * moved to the second that keeps the strict meaning: "after 10:00:00.5" is "gt 10:00:00" (the
 * truncation formatLeadSquaredDate does), but "before 10:00:00.5" must be "lt 10:00:01", or a
 * record of 10:00:00, which is strictly before, would be left out.
 */
const dateRow = (column: string, operator: 'gt' | 'lt', value: Date): AdvancedSearchRow => ({
  SubConOp: 'And',
  LSO: column,
  LSO_Type: 'DateTime',
  Operator: operator,
  RSO: formatLeadSquaredDate(
    operator === 'lt' ? new Date(Math.ceil(value.getTime() / 1_000) * 1_000) : value,
  ),
});

const textRow = (column: string, value: string): AdvancedSearchRow => ({
  SubConOp: 'And',
  LSO: column,
  LSO_Type: 'String',
  Operator: 'eq',
  RSO: value,
});

function checkRange(
  after: Date | null | undefined,
  before: Date | null | undefined,
  names: [string, string],
) {
  checkBoundOrder(after, before, {
    argument: `filter.${names[0]}`,
    rule: `must be earlier than filter.${names[1]}`,
    allowEqual: false,
    shown: (lower) => lower.toISOString(),
  });
}

/**
 * The filter as advanced-search rows (docs/upstreams/leadsquared.md#opportunity-advanced-search),
 * validated first: LeadSquared compares whole seconds in UTC ("YYYY-MM-DD HH:MM:SS"), so instants
 * are sent as whole seconds (see dateRow).
 */
export function leadSquaredSearchRows(
  filter: LeadSquaredSearchFilter | null | undefined,
): AdvancedSearchRow[] {
  if (!filter) return [];
  checkRange(filter.createdAfter, filter.createdBefore, ['createdAfter', 'createdBefore']);
  checkRange(filter.modifiedAfter, filter.modifiedBefore, ['modifiedAfter', 'modifiedBefore']);
  if (filter.owner != null && !GUID.test(filter.owner)) {
    throw new BadUserInputError('filter.owner', 'must be a user id (GUID)', filter.owner);
  }
  if (filter.status != null && !STATUS.test(filter.status)) {
    throw new BadUserInputError(
      'filter.status',
      'must be 1 to 64 letters, digits, spaces, _ or -',
      filter.status,
    );
  }
  const rows: AdvancedSearchRow[] = [];
  if (filter.createdAfter) rows.push(dateRow('CreatedOn', 'gt', filter.createdAfter));
  if (filter.createdBefore) rows.push(dateRow('CreatedOn', 'lt', filter.createdBefore));
  if (filter.modifiedAfter) rows.push(dateRow('ModifiedOn', 'gt', filter.modifiedAfter));
  if (filter.modifiedBefore) rows.push(dateRow('ModifiedOn', 'lt', filter.modifiedBefore));
  if (filter.status != null) rows.push(textRow('Status', filter.status));
  if (filter.owner != null) rows.push(textRow('Owner', filter.owner));
  return rows;
}
