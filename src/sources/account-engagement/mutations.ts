import type { Context } from '../../context.js';
import { formatGlobalId } from '../../core/domain/ids.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { NotFoundError } from '../../core/errors/index.js';
import { mapAccountEngagementOpportunity } from './mapper.js';
import { primeAccountEngagementOpportunity } from './listing/opportunities.listing.js';
import {
  aeOpportunityIdOf,
  opportunityCreateOf,
  updateFieldsOf,
  type OpportunityCreateInput,
  type OpportunityUpdateInput,
} from './opportunity-write-input.js';

/*
 * Opportunity writes (docs/upstreams/account-engagement.md#opportunity-writes): create, update,
 * delete, undelete. The input is checked (opportunity-write-input.ts) before any call. A missing
 * or deleted target is NOT_FOUND (error 35). Each write keeps the request's by-id loader in step
 * with what it changed, and drops the record and every listing page from the shared cache before
 * it answers, on success or failure alike: a write that timed out may still have been applied.
 */

/** Runs the write, then invalidates what it may have changed (AccountEngagementCache.written). */
async function writing<T>(
  ctx: Context,
  write: () => Promise<T>,
  changed: (result: T | undefined) => readonly number[],
): Promise<T> {
  let result: T | undefined;
  try {
    result = await write();
    return result;
  } finally {
    await ctx.services.accountEngagement.cache.written(changed(result));
  }
}

export async function createAccountEngagementOpportunity(
  input: OpportunityCreateInput,
  ctx: Context,
): Promise<OpportunityRecord> {
  const create = opportunityCreateOf(input);
  const wire = await writing(
    ctx,
    () => ctx.services.accountEngagement.client.createOpportunity(create, ctx.call),
    (created) => (created ? [created.id] : []),
  );
  const record = mapAccountEngagementOpportunity(wire);
  primeAccountEngagementOpportunity(ctx, record, true);
  return record;
}

export async function updateAccountEngagementOpportunity(
  id: string,
  input: OpportunityUpdateInput,
  ctx: Context,
): Promise<OpportunityRecord> {
  const opportunityId = aeOpportunityIdOf(id);
  const fields = updateFieldsOf(input);
  const wire = await writing(
    ctx,
    () => ctx.services.accountEngagement.client.updateOpportunity(opportunityId, fields, ctx.call),
    () => [opportunityId],
  );
  const record = mapAccountEngagementOpportunity(wire);
  primeAccountEngagementOpportunity(ctx, record, true);
  return record;
}

function forget(ctx: Context, opportunityId: number): void {
  const loader = ctx.loaders.accountEngagementOpportunity;
  loader
    .clear({ opportunityId, withProspects: false })
    .clear({ opportunityId, withProspects: true });
}

/** Deletes (the API hides the record from read and query) and returns its global id. */
export async function deleteAccountEngagementOpportunity(
  id: string,
  ctx: Context,
): Promise<string> {
  const opportunityId = aeOpportunityIdOf(id);
  await writing(
    ctx,
    () => ctx.services.accountEngagement.client.deleteOpportunity(opportunityId, ctx.call),
    () => [opportunityId],
  );
  forget(ctx, opportunityId);
  return formatGlobalId({ kind: 'ae-opportunity', opportunityId });
}

/**
 * Undeletes, then reads the opportunity back (undelete answers with no body), with `full` output
 * when the caller reads its prospects (`withProspects`).
 */
export async function undeleteAccountEngagementOpportunity(
  id: string,
  ctx: Context,
  withProspects: boolean,
): Promise<OpportunityRecord> {
  const opportunityId = aeOpportunityIdOf(id);
  await writing(
    ctx,
    () => ctx.services.accountEngagement.client.undeleteOpportunity(opportunityId, ctx.call),
    () => [opportunityId],
  );
  forget(ctx, opportunityId);
  const record = await ctx.loaders.accountEngagementOpportunity.load({
    opportunityId,
    withProspects,
  });
  if (!record)
    throw new NotFoundError(
      'Opportunity',
      formatGlobalId({ kind: 'ae-opportunity', opportunityId }),
    );
  return record;
}
