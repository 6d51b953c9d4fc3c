import { postGraphql, type GraphqlAnswer } from './post-graphql.js';

/** One page of LeadSquared Upsell opportunities; each `first` is a call of its own upstream. */
export const LISTING = `query Page($first: Int!) {
  leadSquaredOpportunities(eventCode: 12003, first: $first) { nodes { id } }
}`;

export type ListingData = { leadSquaredOpportunities: { nodes: { id: string }[] } | null };

export type ListingAnswer = GraphqlAnswer<ListingData> & {
  readonly first: number;
  /** From sending to the whole answer, as the client saw it. */
  readonly durationMs: number;
};

/** The listing of `first` records, as the caller of `token` (none when empty), timed. */
export async function listingAs(
  baseUrl: string,
  token: string,
  first: number,
): Promise<ListingAnswer> {
  const started = Date.now();
  const answer = await postGraphql<ListingData, { first: number }>(
    baseUrl,
    LISTING,
    { first },
    token ? { authorization: `Bearer ${token}` } : {},
  );
  return { ...answer, first, durationMs: Date.now() - started };
}
