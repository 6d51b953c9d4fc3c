/** Preloaded in Apollo Sandbox outside production: works on the demo data. */
export const EXAMPLE_OPERATION = `query NewestLeadSquaredOpportunities {
  leadSquaredOpportunities(eventCode: 12003, first: 5) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      stage
      amount { amount }
      createdAt
      leadSquared { status owner ownerEmailAddress field(name: "mx_Custom_4") }
      prospects { id firstName lastName email company }
    }
  }
}
`;
