/**
 * Preloaded in the explorer (Apollo Sandbox or GraphiQL): the merged listing over every source,
 * which works on the demo data. Run it, then pass `pageInfo.endCursor` as `after` for the next page.
 */
export const EXAMPLE_OPERATION = `query NewestOpportunities($after: String) {
  opportunities(first: 10, after: $after) {
    unavailableSources
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      source
      name
      stage
      amount { amount currencyCode }
      createdAt
      prospects { id firstName lastName email company }
    }
  }
}
`;
