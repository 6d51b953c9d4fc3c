/*
 * A real client: @apollo/client (core, no React) with its relayStylePagination field policy walks
 * the merged `opportunities` connection with fetchMore until hasNextPage is false, over HTTP. The
 * client's normalised cache must end up with every record of the three sources exactly once.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { filter, firstValueFrom } from 'rxjs';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORDS = 150;
const FIRST = 40;

interface WalkData {
  opportunities: {
    __typename: 'OpportunityConnection';
    unavailableSources: string[];
    edges: { cursor: string; node: { id: string; source: string; createdAt: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const WALK: TypedDocumentNode<WalkData, { first: number; after?: string | null }> = gql`
  query ClientWalk($first: Int!, $after: String) {
    opportunities(first: $first, after: $after) {
      unavailableSources
      edges {
        cursor
        node {
          id
          source
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('@apollo/client walking opportunities with relayStylePagination and fetchMore', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      SIMULATOR_RECORDS: String(RECORDS),
      PARTNER_CENTRAL_CATALOGS: 'AWS',
      LEADSQUARED_EVENT_CODES: '12003',
    });
  });
  afterAll(() => t.stop());

  it('ends with every record of the three sources once, in createdAt order, and hasNextPage false', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${t.url}/graphql` }),
      cache: new InMemoryCache({
        typePolicies: {
          // `first`/`after` page; every other argument would key a separate list.
          Query: { fields: { opportunities: relayStylePagination(['filter', 'orderBy']) } },
        },
      }),
    });
    const expected = new Set([
      ...t.pc.data.AWS.opportunities.map((o) => `pc:AWS:${o.Id}`),
      ...t.ae.data.liveOpportunities().map((o) => `ae:${o.id}`),
      ...t.lsq.data
        .opportunitiesOfType(12003)
        .map((o) => `lsq:12003:${o.ProspectActivityId.toLowerCase()}`),
    ]);

    // As a UI would: watch the query (a subscriber keeps it active), then fetchMore page by page.
    // The list a UI renders is the cache's merged one (relayStylePagination's read), which the
    // watcher re-emits; reading it from the cache after each fetchMore needs no timing guess.
    const observable = client.watchQuery({ query: WALK, variables: { first: FIRST } });
    const emitted: WalkData[] = [];
    const subscription = observable.subscribe((result) => {
      if (result.data) emitted.push(result.data as WalkData);
    });
    const initial = await firstValueFrom(observable.pipe(filter((result) => !result.loading)));
    let data = initial.data as WalkData;
    let fetches = 1;
    while (data.opportunities.pageInfo.hasNextPage) {
      await observable.fetchMore({ variables: { after: data.opportunities.pageInfo.endCursor } });
      data = client.readQuery({ query: WALK, variables: { first: FIRST } })!;
      fetches += 1;
      if (fetches > 50) throw new Error('the walk did not end');
    }
    // The watcher delivers the whole list too (an ObservableQuery replays its latest result).
    const whole = data.opportunities.edges.length;
    const last = await firstValueFrom(
      observable.pipe(filter((result) => result.data?.opportunities?.edges?.length === whole)),
    );
    expect(last.data?.opportunities?.pageInfo?.hasNextPage).toBe(false);
    expect(emitted.at(-1)?.opportunities.edges).toHaveLength(whole);
    subscription.unsubscribe();

    const connection = data.opportunities;
    const ids = connection.edges.map((edge) => edge.node.id);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(ids).toHaveLength(expected.size);
    expect(new Set(ids)).toEqual(expected);
    const times = connection.edges.map((edge) => Date.parse(edge.node.createdAt!));
    expect(times).toEqual(times.toSorted((a, b) => b - a));
    expect(fetches).toBe(Math.ceil(expected.size / FIRST));
    client.stop();
  });
});
