import type { ListOpportunitiesCommandInput } from '@aws-sdk/client-partnercentral-selling';
import type { Context } from '../../context.js';
import type { Catalog } from '../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../core/domain/opportunity.js';
import { walkTokenPages } from '../../core/pagination/index.js';
import { PartnerCentralOpportunitySortField } from './listing/opportunity-filter.js';
import { listOpportunitiesInput } from './listing/list-input.js';
import { UPSTREAM_PAGE_SIZE } from './listing/opportunities.listing.js';
import { readOpportunityPage } from './listing/opportunity-page.js';
import type { MergeStream } from '../../core/pagination/merged/stream.js';
import type { SortDirection } from '../../core/domain/enums.js';

/** What the merged listing asks of every stream: strict createdAt bounds and a direction. */
export interface CreatedWindow {
  createdAfter: Date | null;
  createdBefore: Date | null;
  direction: SortDirection;
}

/**
 * One catalog through ListOpportunities sorted by CreatedDate. Its AfterCreatedDate is inclusive
 * and the merged bound strict, so the bound moves on by a millisecond (the finest step of a
 * timestamp). Each call asks for what the page can still use plus one (MaxResults = `wanted`),
 * never a whole upstream page of 100 for a page of 10.
 */
export function partnerCentralStream(
  spec: MergeStream['spec'] & { catalog: Catalog },
  query: CreatedWindow,
  ctx: Context,
): MergeStream {
  const after = query.createdAfter && new Date(query.createdAfter.getTime() + 1);
  const before = query.createdBefore;
  const empty = after !== null && before !== null && after.getTime() >= before.getTime();
  const input: ListOpportunitiesCommandInput | null = empty
    ? null
    : listOpportunitiesInput(
        spec.catalog,
        { createdAfter: after, createdBefore: before },
        { field: PartnerCentralOpportunitySortField.CREATED_DATE, direction: query.direction },
      );
  return {
    spec,
    positionKind: 'token',
    async read(position, count) {
      // A window of one millisecond or less holds no other instant than its bounds.
      if (input === null) return { items: [], hasMore: false };
      const walk = await walkTokenPages<OpportunityRecord>({
        after: position ?? null,
        first: count,
        fetchPage: (token, wanted) =>
          readOpportunityPage(
            {
              ...input,
              MaxResults: Math.min(UPSTREAM_PAGE_SIZE, wanted),
              ...(token ? { NextToken: token } : {}),
            },
            spec.catalog,
            ctx,
          ),
      });
      const items = walk.items.map(({ node, position: at }) => {
        if (at.kind !== 'token') throw new Error(`token walk wrote a ${at.kind} position`);
        return { node, position: at };
      });
      for (const { node } of items) {
        if (node.details.kind !== 'partnerCentral') continue;
        const key = { catalog: node.details.catalog, opportunityId: node.details.opportunityId };
        ctx.loaders.partnerCentralOpportunity.prime(key, node);
      }
      return { items, hasMore: walk.hasNextPage };
    },
  };
}
