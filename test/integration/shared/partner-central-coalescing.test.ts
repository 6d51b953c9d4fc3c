/**
 * Partner Central look-ups by id from many requests at once, at the published quota
 * (PARTNER_CENTRAL_QUOTA_SCALE=1: ListOpportunities 10/s) and with the cache off: the ids of
 * requests waiting for a slot leave together in Identifier filters of up to 20, an id asked by
 * several waiting requests once, and every request gets exactly its own records.
 */
import type { RequestLogEntry } from '../../../src/core/simulator/index.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import { maxInAnyWindow } from '../../support/request-windows.js';

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Opportunity { name } } }`;
type Nodes = { nodes: ({ id: string; name: string | null } | null)[] };

const identifiersOf = (entry: RequestLogEntry) =>
  (entry.body as { Identifier: string[] }).Identifier;

describe('Partner Central look-ups by id merged across requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_QUOTA_SCALE: '1', REQUEST_TIMEOUT_MS: '30000' });
  });
  afterAll(() => t.stop());

  it('40 requests of 6 ids (half of them asked twice): far fewer calls than requests, 20 ids per merged call, none throttled', async () => {
    t.pc.clearRequests();
    const records = t.pc.data.AWS.opportunities.slice(0, 120);
    // Request i asks records 3i .. 3i+5: every id but the first three and last three twice.
    const groups = Array.from({ length: 40 }, (_, i) => records.slice(3 * i, 3 * i + 6));
    const responses = await Promise.all(
      groups.map((group) =>
        t.graphql<Nodes>(NODES, { ids: group.map((record) => `pc:AWS:${record.Id}`) }),
      ),
    );
    responses.forEach(({ body }, index) => {
      expect(body.errors).toBeUndefined();
      expect(body.data!.nodes).toEqual(
        groups[index]!.map((record) => ({
          id: `pc:AWS:${record.Id}`,
          name: record.Customer!.Account!.CompanyName,
        })),
      );
    });
    const calls = t.pc.requests('ListOpportunities');
    expect(calls.filter((call) => call.status !== 200)).toEqual([]);
    const sent = calls.flatMap(identifiersOf);
    // The quota's first ten slots are free: those calls leave at once with one request's ids.
    // The other requests wait for the next window, and their ids leave together, 20 per call.
    expect(calls.length).toBeLessThan(20);
    expect(calls.filter((call) => identifiersOf(call).length === 20).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(
      calls.every((call) => new Set(identifiersOf(call)).size === identifiersOf(call).length),
    ).toBe(true);
    expect(new Set(sent).size).toBe(120);
    // Alone, each request would send its own call: 40 calls, 240 ids.
    expect(sent.length).toBeLessThan(160);
    expect(maxInAnyWindow(calls, 1_000)).toBeLessThanOrEqual(10);
  }, 60_000);
});
