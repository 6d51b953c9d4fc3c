import { Counter, Histogram, Registry } from 'prom-client';
import { parsePrometheusText, sumOf } from '../../support/prometheus-text.js';
import { upstreamMetrics } from '../../../src/telemetry/metrics/upstream-metrics.js';

describe('the strict Prometheus text reader the metrics tests rely on', () => {
  it('reads what prom-client writes, escapes, histograms and NaN included', async () => {
    const registry = new Registry();
    const counter = new Counter({
      name: 'x_total',
      help: 'a "quoted" help \\ with\nlines',
      labelNames: ['l'],
      registers: [registry],
    });
    counter.inc({ l: 'a "b" \\ c\nd' }, 2);
    const histogram = new Histogram({
      name: 'h_seconds',
      help: 'h',
      buckets: [0.1, 1],
      registers: [registry],
    });
    histogram.observe(0.5);
    histogram.observe(5);
    const families = parsePrometheusText(await registry.metrics());
    expect(families.get('x_total')).toEqual({
      name: 'x_total',
      type: 'counter',
      help: 'a "quoted" help \\ with\nlines',
      samples: [{ name: 'x_total', labels: { l: 'a "b" \\ c\nd' }, value: 2 }],
    });
    expect(sumOf(families, 'h_seconds_count')).toBe(2);
    expect(sumOf(families, 'h_seconds_bucket', { le: '1' })).toBe(1);
    expect(parsePrometheusText('# TYPE g gauge\ng Nan\n').get('g')!.samples[0]!.value).toBeNaN();
  });

  it.each([
    ['a sample before its TYPE', 'x 1\n'],
    ['no final line feed', '# TYPE x counter\nx 1'],
    ['a bad value', '# TYPE x counter\nx one\n'],
    ['an unquoted label value', '# TYPE x counter\nx{a=b} 1\n'],
    ['a bad escape', '# TYPE x counter\nx{a="\\t"} 1\n'],
    ['a label twice', '# TYPE x counter\nx{a="1",a="2"} 1\n'],
    ['two TYPEs', '# TYPE x counter\n# TYPE x counter\n'],
    ['an unknown type', '# TYPE x meter\n'],
    ['a bad metric name', '# TYPE x counter\nx-y 1\n'],
    ['a histogram without +Inf', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_count 1\n'],
    [
      'a histogram whose +Inf is not its count',
      '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_count 1\n',
    ],
    [
      'shrinking buckets',
      '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\n',
    ],
  ])('refuses %s', (_name, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });
});

describe('the upstream metrics', () => {
  it('count each attempt under ok or its code, retries apart, and empty the in-flight gauge', async () => {
    const registry = new Registry();
    const observer = upstreamMetrics(registry, () => undefined);
    const attempt = { source: 'LEADSQUARED', operation: 'Leads.GetById' } as const;
    const first = observer.attemptStarted({ ...attempt, attempt: 1 });
    let families = parsePrometheusText(await registry.metrics());
    expect(sumOf(families, 'opportunity_graph_upstream_requests_in_flight')).toBe(1);
    first.ended({ status: 500, durationMs: 20, outcome: 'retry', code: 'UPSTREAM_UNAVAILABLE' });
    observer
      .attemptStarted({ ...attempt, attempt: 2 })
      .ended({ status: 200, durationMs: 10, outcome: 'ok' });
    observer
      .attemptStarted({ ...attempt, operation: 'https://x/?a=b', attempt: 1 })
      .ended({ status: 0, durationMs: 10, outcome: 'failed', code: 'not a code' });
    families = parsePrometheusText(await registry.metrics());
    const requests = families.get('opportunity_graph_upstream_requests_total')!.samples;
    expect(requests.map(({ labels, value }) => [labels.operation, labels.outcome, value])).toEqual([
      ['Leads.GetById', 'UPSTREAM_UNAVAILABLE', 1],
      ['Leads.GetById', 'ok', 1],
      ['other', 'UNKNOWN', 1],
    ]);
    expect(sumOf(families, 'opportunity_graph_upstream_retries_total')).toBe(1);
    expect(sumOf(families, 'opportunity_graph_upstream_requests_in_flight')).toBe(0);
    expect(sumOf(families, 'opportunity_graph_upstream_request_duration_seconds_sum')).toBeCloseTo(
      0.04,
    );
  });
});
