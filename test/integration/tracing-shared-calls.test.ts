/**
 * A call made for several requests is traced once: look-ups by id that wait for Partner
 * Central's quota leave together, and each such call is one span, in the trace of the first
 * request it serves, with links to the spans of the others.
 */
import { randomBytes } from 'node:crypto';
import type { RequestLogEntry } from '../../src/core/simulator/index.js';
import {
  OtlpReceiver,
  SPAN_KIND,
  startTracedApp,
  type ReceivedSpan,
} from '../support/otlp-receiver.js';
import type { TestApp } from '../support/test-app.js';

const NODES = `query Lookups($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** How many of the requests' id groups a logged ListOpportunities call carried ids of. */
function requestsIn(call: RequestLogEntry, groups: readonly string[][]): number {
  const sent = new Set(
    (call.body as { Identifier?: string[] }).Identifier?.map((id) => `pc:AWS:${id}`) ?? [],
  );
  return groups.filter((ids) => ids.some((id) => sent.has(id))).length;
}

describe('traces of calls shared by several requests', () => {
  let receiver: OtlpReceiver;
  let t: TestApp;
  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    // Partner Central at its published 10 ListOpportunities a second: look-ups by id that wait
    // for a turn leave together.
    t = await startTracedApp(receiver, {
      PARTNER_CENTRAL_QUOTA_SCALE: '1',
      REQUEST_TIMEOUT_MS: '30000',
    });
  });
  afterAll(async () => {
    await t.stop();
    await receiver.stop();
  });

  it('one span per merged look-up, under the first request, linking the others', async () => {
    t.pc.clearRequests();
    // 15 requests of 2 ids each, all different: more than the quota's 10 calls a second.
    const records = t.pc.data.AWS.opportunities.slice(300, 330);
    const groups = Array.from({ length: 15 }, (_, i) =>
      records.slice(2 * i, 2 * i + 2).map((record) => `pc:AWS:${record.Id}`),
    );
    const traceIds = groups.map(() => hex(16));
    const answers = await Promise.all(
      groups.map((ids, i) =>
        t.graphql(NODES, { ids }, { traceparent: `00-${traceIds[i]}-${hex(8)}-01` }),
      ),
    );
    for (const { body } of answers) expect(body.errors).toBeUndefined();
    const calls = t.pc.requests('ListOpportunities');
    const served = calls.map((call) => requestsIn(call, groups));
    expect(served.filter((count) => count > 1).length).toBeGreaterThan(0);

    // Every request's span has arrived, and with it every span that ended before it.
    const isServer = (span: ReceivedSpan) => span.kind === SPAN_KIND.SERVER;
    const traces = await Promise.all(
      traceIds.map((id) => receiver.waitForTrace(id, (spans) => spans.some(isServer))),
    );
    const servers = new Map(traces.map((spans) => spans.find(isServer)!).map((s) => [s.spanId, s]));
    const lookups = traces
      .flat()
      .filter(
        (span) =>
          span.kind === SPAN_KIND.CLIENT &&
          span.attributes['opportunity_graph.upstream.operation'] === 'ListOpportunities',
      );

    // One span per call the simulator saw, not one per request it served.
    expect(lookups).toHaveLength(calls.length);
    // Its links name the other requests it served: one link fewer than requests.
    expect(lookups.map((span) => span.links.length + 1).sort()).toEqual([...served].sort());
    for (const span of lookups) {
      const own = traces.find((spans) => spans[0]!.traceId === span.traceId)!;
      const ids = new Set(own.map((each) => each.spanId));
      expect(ids.has(span.parentSpanId!)).toBe(true);
      for (const link of span.links) {
        const linked = servers.get(link.spanId);
        expect(linked?.traceId).toBe(link.traceId);
        expect(link.traceId).not.toBe(span.traceId);
      }
    }
  }, 30_000);
});
