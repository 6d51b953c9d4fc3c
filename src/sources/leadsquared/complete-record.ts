import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { LeadSquaredOpportunityDetails } from './details.js';

/**
 * Makes sure a LeadSquared record carries `needed` columns. Loaders fetch what the query selects up
 * front; this covers records that arrived another way (a listing, a link) without a column, by one
 * more batched look-up instead of a wrong null.
 */
export async function withLeadSquaredColumns(
  record: OpportunityRecord,
  needed: readonly string[],
  ctx: Context,
): Promise<OpportunityRecord> {
  const details = record.details;
  if (details.kind !== 'leadSquared' || needed.every((column) => column in details.columns))
    return record;
  const fresh = await ctx.loaders.leadSquaredOpportunity.load({
    eventCode: details.eventCode,
    prospectActivityId: details.prospectActivityId.toLowerCase(),
    columns: needed,
  });
  return fresh ?? record;
}

export async function leadSquaredColumn(
  details: LeadSquaredOpportunityDetails,
  needed: readonly string[],
  column: string,
  ctx: Context,
): Promise<string | null> {
  if (needed.every((name) => name in details.columns)) return details.columns[column] ?? null;
  const fresh = await ctx.loaders.leadSquaredOpportunity.load({
    eventCode: details.eventCode,
    prospectActivityId: details.prospectActivityId.toLowerCase(),
    columns: needed,
  });
  return fresh?.details.kind === 'leadSquared' ? (fresh.details.columns[column] ?? null) : null;
}
