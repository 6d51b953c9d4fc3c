import type { Context } from '../../../context.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import {
  collectTokenPage,
  decodeOptionalCursor,
  resolveFirst,
  type Connection,
} from '../../../core/pagination/index.js';
import type { OpportunityFilter, OpportunityOrder } from './opportunity-filter.js';
import { listOpportunitiesInput } from './list-input.js';
import { readOpportunityPage } from './opportunity-page.js';

/** The model's largest page (PageSize 1..100): fewest calls, and stable pages for cursors. */
export const UPSTREAM_PAGE_SIZE = 100;

export interface PartnerCentralOpportunitiesArgs {
  catalog: Catalog;
  first?: number | null;
  after?: string | null;
  filter?: OpportunityFilter | null;
  orderBy?: OpportunityOrder | null;
}

/**
 * `partnerCentralOpportunities`: Relay over ListOpportunities NextToken pages. `first` is
 * independent of MaxResults; cursors hold the page token and the index inside that page, and are
 * bound to the catalog, filter and order. Records are primed into the by-id loader.
 */
export async function listPartnerCentralOpportunities(
  args: PartnerCentralOpportunitiesArgs,
  ctx: Context,
): Promise<Connection<OpportunityRecord>> {
  const first = resolveFirst(args.first);
  const input = listOpportunitiesInput(args.catalog, args.filter, args.orderBy);
  const binding = { connection: 'partnerCentralOpportunities', input };
  const after = decodeOptionalCursor(args.after, binding);
  const connection = await collectTokenPage({
    after,
    first,
    binding,
    fetchPage: (token) =>
      readOpportunityPage(
        { ...input, MaxResults: UPSTREAM_PAGE_SIZE, ...(token ? { NextToken: token } : {}) },
        args.catalog,
        ctx,
      ),
  });
  for (const record of connection.nodes) {
    if (record.details.kind === 'partnerCentral') {
      ctx.loaders.partnerCentralOpportunity.prime(
        { catalog: record.details.catalog, opportunityId: record.details.opportunityId },
        record,
      );
    }
  }
  return connection;
}
