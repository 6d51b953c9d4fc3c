/* The limits the client works within. */

/**
 * GetOpportunitiesById returns at most 2,000 opportunities
 * (docs/upstreams/leadsquared.md#opportunities-by-id).
 */
export const MAX_OPPORTUNITIES_PER_CALL = 2_000;
/**
 * Leads/Retrieve/ByIds takes at most 10,000 lead ids
 * (docs/upstreams/leadsquared.md#leads-in-bulk-by-ids).
 */
export const MAX_LEADS_PER_CALL = 10_000;
/** Slack the sliding window keeps between our count and the upstream's (clocks and transit). */
export const QUOTA_MARGIN_MS = 150;
/** Our page size cap for list endpoints; the upstream's own cap is undocumented. */
export const MAX_PAGE_SIZE = 1_000;
