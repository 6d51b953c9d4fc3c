/**
 * No metric label carries a credential, a token, a URL, a query string or an id, whatever failed:
 * the faults the failure tests inject into each source (5xx, hangs past the attempt timeout,
 * throttling, refused credentials, malformed bodies), a partial merged page, the cache, and
 * operation names a client makes up. The upstream counters still equal the simulators' logs.
 */
import {
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../src/sources/account-engagement/simulator/index.js';
import type { FaultRule } from '../../src/core/simulator/index.js';
import {
  labelValues,
  scrapeMetrics,
  upstreamCountsFromMetrics,
  upstreamCountsFromSimulators,
} from '../support/metrics-scrape.js';
import { sumOf } from '../support/prometheus-text.js';
import { expectNoSecrets, startTestApp, TEST_SECRETS, type TestApp } from '../support/test-app.js';

/** Every credential the app holds for the three simulators. */
const SECRETS = [
  ...TEST_SECRETS,
  'simulator-secret',
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
];

const BY_ID = `query ById($id: ID!) { opportunity(id: $id) { id name } }`;
const AE_LIST = `query AeList { accountEngagementOpportunities(first: 2) { nodes { id } } }`;
const LSQ_LIST = `query LsqList { leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } } }`;
const MERGED = `query Merged { opportunities(first: 10) { unavailableSources nodes { id } } }`;
/** Every fault request skips the cache, so that it reaches the upstream. */
const FRESH = { 'cache-control': 'no-cache' };

const ON = '30000';
const CACHE_ON = Object.fromEntries(
  ['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT'].flatMap((prefix) => [
    [`${prefix}_CACHE_RECORD_TTL_MS`, ON],
    [`${prefix}_CACHE_LISTING_TTL_MS`, ON],
  ]),
);

type Sim = 'lsq' | 'pc' | 'ae';
type Document = 'byId' | 'aeList' | 'lsqList';
type Fault = Omit<FaultRule, 'operation'>;
const each = (sim: Sim, operation: string, document: Document, faults: Fault[]) =>
  faults.map((fault) => ({ sim, fault: { operation, ...fault } as FaultRule, document }));

const FAULTS = [
  ...each('lsq', 'GetOpportunitiesById', 'byId', [
    { status: 500 },
    { hang: true },
    { status: 429 },
    { status: 401 },
    { malformedBody: true },
  ]),
  ...each('lsq', 'RetrieveOpportunitiesBySearchParameter', 'lsqList', [{ status: 401 }]),
  ...each('pc', 'ListOpportunities', 'byId', [
    { status: 500 },
    { hang: true },
    { status: 429 },
    { status: 403 },
    { malformedBody: true },
  ]),
  ...each('ae', 'opportunity.query', 'aeList', [
    { status: 500 },
    { hang: true },
    { status: 401 },
    { malformedBody: true },
  ]),
  ...each('ae', 'opportunity.read', 'byId', [{ status: 500 }]),
];

describe('metric labels under the injected failures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      ...CACHE_ON,
      // Short enough that a hang fails fast, long enough that a healthy call on a busy machine
      // (the partial page needs two sources answering) is not cut too.
      REQUEST_TIMEOUT_MS: '3000',
      LEADSQUARED_TIMEOUT_MS: '1000',
      PARTNER_CENTRAL_TIMEOUT_MS: '1000',
      ACCOUNT_ENGAGEMENT_TIMEOUT_MS: '1000',
      LEADSQUARED_QUOTA_WINDOW_MS: '300',
    });
  });
  afterAll(() => t.stop());

  it('hold only fixed words, never a secret, URL, query string or id', async () => {
    const lsqRecord = t.lsq.data.opportunitiesOfType(12001)[7]!;
    const pcRecord = t.pc.data.AWS.opportunities[3]!;
    const ids = {
      lsq: `lsq:12001:${lsqRecord.ProspectActivityId.toLowerCase()}`,
      pc: `pc:AWS:${pcRecord.Id}`,
      ae: 'ae:1',
    };
    const documents = { byId: BY_ID, aeList: AE_LIST, lsqList: LSQ_LIST };
    // Read twice without faults: the second answers from the cache.
    for (let round = 0; round < 2; round += 1) {
      for (const id of Object.values(ids)) await t.graphql(BY_ID, { id });
      await t.graphql(AE_LIST);
    }
    const codes = new Set<string>();
    for (const { sim, fault, document } of FAULTS) {
      t[sim].setFaults([fault]);
      const { body } = await t.graphql(documents[document], { id: ids[sim] }, FRESH);
      t[sim].clearFaults();
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors ?? []) codes.add(String(error.extensions?.code));
    }
    t.ae.setFaults([{ operation: 'opportunity.query', status: 500 }]);
    const partial = await t.graphql(MERGED, {}, FRESH);
    t.ae.clearFaults();
    expect(partial.body.data).toMatchObject({
      opportunities: { unavailableSources: ['ACCOUNT_ENGAGEMENT'] },
    });
    // Operation names a client makes up, valid or not.
    const made = `https://evil.example/?access_token=${TEST_SECRETS[0]}`;
    const refused = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BY_ID, variables: { id: ids.pc }, operationName: made }),
    });
    expect(refused.status).toBe(400);
    await t.graphql(`{ leadSquaredOpportunities(eventCode: 12003, first: 1) { totalCount } }`);
    await t.graphql(`query { nope }`);

    const { families, text } = await scrapeMetrics(t);
    expect(upstreamCountsFromMetrics(families)).toEqual(upstreamCountsFromSimulators(t));
    expectNoSecrets(text, SECRETS);
    for (const url of [t.lsq.url, t.pc.url, t.ae.url, t.url]) expect(text).not.toContain(url);
    const values = labelValues(families);
    expect(values.length).toBeGreaterThan(100);
    const offending = values.filter(
      ({ value }) =>
        !/^[A-Za-z0-9_.+-]*$/.test(value) ||
        /http|\?|=/i.test(value) ||
        SECRETS.some((secret) => value.includes(secret)) ||
        [lsqRecord.ProspectActivityId, pcRecord.Id].some((id) =>
          value.toLowerCase().includes(id.toLowerCase()),
        ),
    );
    expect(offending).toEqual([]);

    // What the labels do say: codes, outcomes, cache results, bounded operation names.
    const outcomes = new Set(
      families
        .get('opportunity_graph_upstream_requests_total')!
        .samples.map((s) => s.labels.outcome),
    );
    for (const code of ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_AUTH_FAILED'])
      expect(outcomes).toContain(code);
    expect(outcomes).toContain('UPSTREAM_THROTTLED');
    for (const code of codes)
      expect(sumOf(families, 'opportunity_graph_graphql_errors_total', { code })).toBeGreaterThan(
        0,
      );
    for (const result of ['hit', 'miss'])
      expect(sumOf(families, 'opportunity_graph_cache_requests_total', { result })).toBeGreaterThan(
        0,
      );
    const names = new Set(
      families
        .get('opportunity_graph_graphql_operations_total')!
        .samples.map((sample) => sample.labels.operation_name),
    );
    expect([...names].sort()).toEqual(['AeList', 'ById', 'LsqList', 'Merged', 'anonymous']);
  }, 60_000);
});
