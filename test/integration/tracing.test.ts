/**
 * OpenTelemetry traces end to end: the real server exports over OTLP/HTTP JSON to a receiver the
 * test runs, the simulators' request logs say how many upstream calls there were, and the log
 * lines carry the ids of the trace they belong to.
 */
import { randomBytes } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import {
  OtlpReceiver,
  SPAN_KIND,
  startTracedApp,
  withProcessEnv,
  type ReceivedSpan,
} from '../support/otlp-receiver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every source's listing, and LeadSquared's lead loader for the prospects. */
const PAGE = `query TracedPage {
  opportunities(first: 6) { nodes { id source prospects { id } } }
}`;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const traceparent = (traceId: string, spanId: string) => `00-${traceId}-${spanId}-01`;

const clientSpans = (spans: readonly ReceivedSpan[]) =>
  spans.filter((span) => span.kind === SPAN_KIND.CLIENT);
const serverSpan = (spans: readonly ReceivedSpan[]) =>
  spans.find((span) => span.kind === SPAN_KIND.SERVER);

function clearLogs(t: TestApp): void {
  for (const simulator of [t.lsq, t.pc, t.ae]) simulator.clearRequests();
  t.logs.clear();
}

/** Upstream calls by source, as the simulators logged them. */
function callsBySource(t: TestApp): Record<string, number> {
  return {
    LEADSQUARED: t.lsq.requests().length,
    PARTNER_CENTRAL: t.pc.requests().length,
    ACCOUNT_ENGAGEMENT: t.ae.requests().length,
  };
}

function countBy(spans: readonly ReceivedSpan[], attribute: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const span of spans) {
    const key = String(span.attributes[attribute]);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('traces over OTLP', () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
  });
  afterAll(() => receiver.stop());

  describe('with the OTEL_* variables pointing at a collector', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTracedApp(receiver);
    });
    afterAll(() => t.stop());

    it("continues the caller's traceparent: the operation, its loader batches, one span per upstream call", async () => {
      clearLogs(t);
      const traceId = hex(16);
      const callerSpanId = hex(8);
      const { body } = await t.graphql(PAGE, undefined, {
        traceparent: traceparent(traceId, callerSpanId),
      });
      expect(body.errors).toBeUndefined();
      const calls = callsBySource(t);
      const total = Object.values(calls).reduce((sum, count) => sum + count, 0);
      expect(calls).toEqual({
        LEADSQUARED: expect.any(Number),
        PARTNER_CENTRAL: expect.any(Number),
        ACCOUNT_ENGAGEMENT: expect.any(Number),
      });
      expect(Math.min(...Object.values(calls))).toBeGreaterThan(0);

      const spans = await receiver.waitForTrace(
        traceId,
        (arrived) => serverSpan(arrived) !== undefined && clientSpans(arrived).length >= total,
      );

      const operation = serverSpan(spans)!;
      expect(operation.parentSpanId).toBe(callerSpanId);
      expect(operation.name).toBe('query TracedPage');
      expect(operation.attributes).toMatchObject({
        'graphql.operation.name': 'TracedPage',
        'graphql.operation.type': 'query',
        'http.request.method': 'POST',
        'url.path': '/graphql',
        'http.route': '/graphql',
        'http.response.status_code': 200,
      });
      expect(operation.resource['service.name']).toBe('opportunity-graph');
      expect(spans.filter((span) => span.kind === SPAN_KIND.SERVER)).toHaveLength(1);

      // One CLIENT span per call each simulator saw, by source, and nothing else upstream.
      const upstream = clientSpans(spans);
      expect(upstream).toHaveLength(total);
      expect(countBy(upstream, 'opportunity_graph.source')).toEqual(calls);
      for (const span of upstream) {
        expect(span.attributes).toMatchObject({
          'opportunity_graph.upstream.operation': expect.any(String),
          'opportunity_graph.upstream.attempt': 1,
          'opportunity_graph.upstream.outcome': 'ok',
          'http.request.method': expect.stringMatching(/^(GET|POST)$/),
          'server.address': '127.0.0.1',
          'server.port': expect.any(Number),
          'url.path': expect.stringMatching(/^\/[^?]*$/),
          'http.response.status_code': 200,
        });
      }
      // Each waited for its quota turn or slot, said as an event with the wait's duration.
      const waited = upstream.filter((span) => span.events.some((e) => e.name === 'quota.wait'));
      expect(waited.length).toBeGreaterThan(0);
      const [wait] = waited[0]!.events;
      expect(wait!.attributes['opportunity_graph.quota.wait_ms']).toEqual(expect.any(Number));

      // Loader batches, with their number of keys, inside the operation.
      const batches = spans.filter((span) => span.name.startsWith('dataloader.batch '));
      expect(batches.map((span) => span.attributes['opportunity_graph.loader'])).toEqual(
        expect.arrayContaining(['leadSquared.lead']),
      );
      for (const batch of batches)
        expect(batch.attributes['opportunity_graph.loader.keys']).toBeGreaterThan(0);

      // One tree: every span's parent is in the trace, up to the caller's span.
      const ids = new Set(spans.map((span) => span.spanId));
      for (const span of spans)
        expect(span === operation || ids.has(span.parentSpanId ?? '')).toBe(true);
      // A look-up made for a prospect list nests under its loader batch.
      const batchIds = new Set(batches.map((span) => span.spanId));
      expect(upstream.some((span) => batchIds.has(span.parentSpanId!))).toBe(true);

      // The request's log line joins the trace, at the operation span.
      const line = t.logs.lines().find((entry) => entry.msg === 'graphql request');
      expect(line).toMatchObject({ trace_id: traceId, span_id: operation.spanId });
      const upstreamLines = t.logs.lines().filter((entry) => entry.source !== undefined);
      expect(upstreamLines.length).toBeGreaterThan(0);
      for (const entry of upstreamLines) expect(entry.trace_id).toBe(traceId);
    });

    it('starts a trace of its own for a request without a traceparent', async () => {
      clearLogs(t);
      const { body } = await t.graphql(
        '{ leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } } }',
      );
      expect(body.errors).toBeUndefined();
      const line = t.logs.lines().find((entry) => entry.msg === 'graphql request');
      const traceId = String(line?.trace_id);
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      const spans = await receiver.waitForTrace(
        traceId,
        (arrived) => serverSpan(arrived) !== undefined && clientSpans(arrived).length >= 1,
      );
      const operation = serverSpan(spans)!;
      expect(operation.parentSpanId).toBeUndefined();
      expect(operation.name).toBe('query');
      expect(line?.span_id).toBe(operation.spanId);
      expect(clientSpans(spans)).toHaveLength(t.lsq.requests().length);
    });
  });

  describe('with no OTEL_* variable', () => {
    it('exports nothing and creates no span, even with the SDK able to reach a collector', async () => {
      const exportsBefore = receiver.exports;
      // The environment points at the receiver; the app's configuration has no OTEL_* variable,
      // so the SDK never starts.
      const t = await withProcessEnv(receiver.env(), () => startTestApp());
      try {
        const probe = trace.getTracer('probe').startSpan('probe');
        expect(probe.isRecording()).toBe(false);
        const traceId = hex(16);
        const { body } = await t.graphql(PAGE, undefined, {
          traceparent: traceparent(traceId, hex(8)),
        });
        expect(body.errors).toBeUndefined();
        const lines = t.logs.lines();
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.filter((entry) => 'trace_id' in entry || 'span_id' in entry)).toEqual([]);
      } finally {
        await t.stop();
      }
      // Stopping would have flushed whatever a started SDK had batched.
      expect(receiver.exports).toBe(exportsBefore);
      expect(receiver.refused).toBe(0);
    });
  });
});
