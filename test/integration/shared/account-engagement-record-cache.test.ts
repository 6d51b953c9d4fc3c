/*
 * Account Engagement reads through the cache of one process (no REDIS_URL): by-id batches ask the
 * cache first and send only the misses, query pages are served again for their TTL, a caller's
 * `Cache-Control: no-cache` goes upstream (and stores what it read), and a write through the API
 * drops its record and every page before it answers. Counts come from the simulator's request log.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AeDeleteDocument,
  AeNodesDocument,
  AeOpportunityDocument,
  AePageWithoutProspectsDocument,
  AeProspectDocument,
  AeUndeleteDocument,
  AeUpdateDocument,
} from '../../__generated__/graphql.js';
import {
  expectNoSecrets,
  startTestApp,
  TEST_SECRETS,
  type TestApp,
} from '../../support/test-app.js';
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { aeId, aeProspectId, apiCalls, live, sorted } from '../account-engagement-support.js';

const NO_CACHE = { 'cache-control': 'no-cache' };

let t: TestApp;
/** Every response body, for the secret check at the end. */
const answers: string[] = [];

async function ask<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  headers?: Record<string, string>,
): Promise<TData> {
  const response = await t.graphql(document, variables, headers);
  answers.push(response.text);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

const nameOf = async (id: string, headers?: Record<string, string>) =>
  (await ask(AeOpportunityDocument, { id }, headers)).opportunity?.name;
const pageNames = async (headers?: Record<string, string>) =>
  (await ask(AePageWithoutProspectsDocument, { first: 5 }, headers)).accountEngagementOpportunities!
    .nodes;
const operations = () => apiCalls(t.ae).map((call) => call.operation);

beforeAll(async () => {
  t = await startTestApp({
    ACCOUNT_ENGAGEMENT_CACHE_RECORD_TTL_MS: '600000',
    ACCOUNT_ENGAGEMENT_CACHE_LISTING_TTL_MS: '600000',
  });
  // The first request fetches a token; keep it out of the counts below.
  await ask(AeOpportunityDocument, { id: 'ae:1' }, NO_CACHE);
});
afterAll(() => t.stop());
beforeEach(() => t.ae.clearRequests());

describe('Account Engagement records by id, through the cache', () => {
  const liveIds = () => sorted(live(t.ae), 'ID', 'ASC').map((o) => o.id);

  /** Live ids in [start, start + 100): within one range query (200), and 150 from the next. */
  function cluster(index: number): number[] {
    const start = liveIds()[0]! + 250 * index;
    return liveIds().filter((id) => id >= start && id < start + 100);
  }

  it('a batch asks the cache first: only the ids it lacks are fetched', async () => {
    const [a, b, c] = [cluster(0), cluster(1), cluster(2)];
    await ask(AeNodesDocument, { ids: [...a, ...b].map(aeId) });
    expect(operations()).toEqual(['opportunity.query', 'opportunity.query']);

    t.ae.clearRequests();
    const all = [...a, ...b, ...c];
    const { nodes } = await ask(AeNodesDocument, { ids: all.map(aeId) });
    expect(nodes.map((node) => node?.id)).toEqual(all.map(aeId));
    expect(nodes.map((node) => node?.__typename === 'Opportunity' && node.name)).toEqual(
      all.map((id) => t.ae.data.opportunity(id)!.name),
    );
    // One query over the third cluster's range alone.
    const calls = apiCalls(t.ae);
    expect(calls.map((call) => call.operation)).toEqual(['opportunity.query']);
    expect(calls[0]!.query).toMatchObject({
      id_greater_than: String(c[0]! - 1),
      id_less_than: String(c.at(-1)! + 1),
    });
  });

  it('a lone id cached is not read again; the other lone id is', async () => {
    // Past the clusters, and more than a range apart from each other.
    const lone = liveIds().find((id) => id >= liveIds()[0]! + 650)!;
    const last = liveIds().at(-1)!;
    expect(last - lone).toBeGreaterThan(200);
    await nameOf(aeId(last));
    expect(operations()).toEqual(['opportunity.read']);
    t.ae.clearRequests();
    await ask(AeNodesDocument, { ids: [aeId(lone), aeId(last)] });
    expect(apiCalls(t.ae).map((call) => call.path)).toEqual([
      expect.stringMatching(new RegExp(`/read/id/${lone}$`)),
    ]);
  });

  it('Cache-Control: no-cache reads upstream, and what it read serves the next caller', async () => {
    const id = aeId(cluster(0)[0]!);
    expect(await nameOf(id)).toBeDefined();
    expect(operations()).toEqual([]);
    expect(await nameOf(id, NO_CACHE)).toBe(t.ae.data.opportunity(cluster(0)[0]!)!.name);
    expect(operations()).toEqual(['opportunity.read']);
    t.ae.clearRequests();
    await nameOf(id);
    expect(operations()).toEqual([]);
  });

  it('prospects by id are cached too', async () => {
    const prospect = t.ae.data.prospects[3]!;
    await ask(AeProspectDocument, { id: aeProspectId(prospect.id), first: 1 });
    await ask(AeProspectDocument, { id: aeProspectId(prospect.id), first: 1 });
    expect(operations().filter((operation) => operation.startsWith('prospect.'))).toHaveLength(1);
  });
});

describe('Account Engagement pages, through the cache', () => {
  it('serves a page again without a call, and no-cache asks upstream', async () => {
    const first = await pageNames();
    expect(await pageNames()).toEqual(first);
    expect(operations()).toEqual(['opportunity.query']);
    expect(await pageNames(NO_CACHE)).toEqual(first);
    expect(operations()).toEqual(['opportunity.query', 'opportunity.query']);
  });
});

describe('Account Engagement writes drop what they change', () => {
  it('an update: the record and a page holding it are read anew', async () => {
    const target = (await pageNames())[1]!.id;
    await nameOf(target);
    t.ae.clearRequests();
    await ask(AeUpdateDocument, { id: target, input: { name: 'Renamed in place' } });
    expect(await nameOf(target)).toBe('Renamed in place');
    expect((await pageNames()).find((node) => node.id === target)?.name).toBe('Renamed in place');
    expect(operations()).toEqual(['opportunity.update', 'opportunity.read', 'opportunity.query']);
  });

  it('a delete and an undelete: gone at once, then back at once', async () => {
    const target = (await pageNames())[0]!.id;
    await nameOf(target);
    await ask(AeDeleteDocument, { id: target });
    expect(await nameOf(target)).toBeUndefined();
    expect((await pageNames()).map((node) => node.id)).not.toContain(target);
    await ask(AeUndeleteDocument, { id: target });
    expect(await nameOf(target)).toBeDefined();
    expect((await pageNames()).map((node) => node.id)).toContain(target);
  });

  it('puts no secret in a response or a log line', () => {
    const secrets = [...TEST_SECRETS, SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN];
    expectNoSecrets(answers.join('\n'), secrets);
    expectNoSecrets(t.logs.text(), secrets);
  });
});
