import type { Context } from '../../context.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import type { ProspectRecord } from '../../core/domain/prospect.js';

/**
 * A prospect read whole carries its timestamps; the summary nested in an opportunity's `simple`
 * output (id, names, email, company) does not. The real API's nested prospects may be summaries at
 * any output level (docs/upstreams/account-engagement.md#opportunity-fields), so this looks at the
 * record, not at the request.
 */
const isWhole = (fields: Readonly<Record<string, string | null>>): boolean =>
  Object.hasOwn(fields, 'created_at');

/**
 * Makes sure an Account Engagement prospect carries the API fields `keys`: a summary missing one
 * costs one batched look-up of the whole prospect rather than a wrong null. A field that a whole
 * prospect lacks (an unknown custom field) is simply not there.
 */
export async function withAccountEngagementFields(
  record: ProspectRecord,
  keys: readonly string[],
  ctx: Context,
): Promise<ProspectRecord> {
  const details = record.details;
  if (
    details.kind !== 'accountEngagement' ||
    isWhole(details.fields) ||
    keys.every((key) => Object.hasOwn(details.fields, key))
  ) {
    return record;
  }
  return (await ctx.loaders.accountEngagementProspect.load(details.prospectId)) ?? record;
}

/**
 * An Account Engagement opportunity's prospects: those it came with, or (fetched with an output
 * level without them) the ones of one more batched read with `output=full`.
 */
export async function accountEngagementProspects(
  record: OpportunityRecord,
  ctx: Context,
): Promise<ProspectRecord[]> {
  const details = record.details;
  if (details.kind !== 'accountEngagement') return [];
  if (details.prospects !== null) return details.prospects;
  const full = await ctx.loaders.accountEngagementOpportunity.load({
    opportunityId: details.opportunityId,
    withProspects: true,
  });
  return full?.details.kind === 'accountEngagement' ? (full.details.prospects ?? []) : [];
}
