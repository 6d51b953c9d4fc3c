import type { ListOpportunitiesCommandInput } from '@aws-sdk/client-partnercentral-selling';
import type { Context } from '../../../context.js';
import type { Catalog } from '../../../core/domain/catalog.js';
import type { OpportunityRecord } from '../../../core/domain/opportunity.js';
import type { TokenPage } from '../../../core/pagination/index.js';
import { mapOpportunitySummary } from '../mapper.js';

/**
 * One ListOpportunities page as records, through the shared cache (listing TTL, tagged with the
 * listings tag and each record's global id): the Relay listing and the merged listing's stream
 * read pages here, so a dashboard repeating a page costs one call per TTL.
 */
export function readOpportunityPage(
  input: ListOpportunitiesCommandInput,
  catalog: Catalog,
  ctx: Context,
): Promise<TokenPage<OpportunityRecord>> {
  const { client, reads } = ctx.services.partnerCentral;
  return reads.page(
    'ListOpportunities',
    input,
    ctx.call,
    (page: TokenPage<OpportunityRecord>) => page.items.map((record) => record.id),
    async (call) => {
      const page = await client.listOpportunities(input, call);
      return {
        items: (page.OpportunitySummaries ?? []).map((summary) =>
          mapOpportunitySummary(summary, catalog),
        ),
        nextToken: page.NextToken ?? null,
      };
    },
  );
}
