import type { GraphQLFormattedError } from 'graphql';
import {
  MergedPageDocument,
  type MergedPageQuery,
  type MergedPageQueryVariables,
} from '../__generated__/graphql.js';
import type { TestApp } from './test-app.js';

export type MergedPage = NonNullable<MergedPageQuery['opportunities']>;
export type MergedEdge = MergedPage['edges'][number];

export interface MergedWalk {
  pages: MergedPage[];
  edges: MergedEdge[];
  /** The errors beside each page's data (partial failures), page by page. */
  errors: GraphQLFormattedError[][];
}

/**
 * A client walking `opportunities` by endCursor until hasNextPage is false. `beforePage(n)` runs
 * before page n (1-based), where tests inject faults or read request logs. A page without data
 * ends the walk with an error: a walk never silently stops short.
 */
export async function walkMerged(
  t: TestApp,
  variables: Omit<MergedPageQueryVariables, 'after'>,
  beforePage: (page: number) => void = () => {},
  maxPages = 1_000,
): Promise<MergedWalk> {
  const walk: MergedWalk = { pages: [], edges: [], errors: [] };
  // Widened on purpose: narrowed to null, the loop's own assignment below would type itself.
  let after = null as string | null;
  for (let page = 1; page <= maxPages; page += 1) {
    beforePage(page);
    const { body } = await t.graphql(MergedPageDocument, { ...variables, after });
    const connection = body.data?.opportunities;
    if (!connection) throw new Error(`page ${page} failed: ${JSON.stringify(body.errors)}`);
    walk.pages.push(connection);
    walk.edges.push(...connection.edges);
    walk.errors.push(body.errors ? [...body.errors] : []);
    if (!connection.pageInfo.hasNextPage) return walk;
    after = connection.pageInfo.endCursor ?? null;
  }
  throw new Error(`the walk did not end after ${maxPages} pages`);
}
