import type { TestApp } from './test-app.js';
import { parsePrometheusText, type MetricFamily } from './prometheus-text.js';

export type Families = Map<string, MetricFamily>;

/** GET /metrics of the app, checked for its status and media type, parsed strictly. */
export async function scrapeMetrics(t: TestApp): Promise<{ families: Families; text: string }> {
  if (!t.app.metricsUrl) throw new Error('metrics are off in this app');
  const response = await fetch(`${t.app.metricsUrl}/metrics`);
  if (response.status !== 200) throw new Error(`GET /metrics answered ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('text/plain; version=0.0.4')) throw new Error(`media type ${type}`);
  const text = await response.text();
  return { families: parsePrometheusText(text), text };
}

/** `SOURCE operation` -> attempts, as the app's counter says, over every outcome. */
export function upstreamCountsFromMetrics(families: Families): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { labels, value } of families.get('opportunity_graph_upstream_requests_total')
    ?.samples ?? []) {
    const key = `${labels.source} ${labels.operation}`;
    counts[key] = (counts[key] ?? 0) + value;
  }
  return counts;
}

/** `SOURCE operation` -> requests, as the three simulators logged them. */
export function upstreamCountsFromSimulators(t: TestApp): Record<string, number> {
  const counts: Record<string, number> = {};
  const logs = [
    ['LEADSQUARED', t.lsq.requests()],
    ['PARTNER_CENTRAL', t.pc.requests()],
    ['ACCOUNT_ENGAGEMENT', t.ae.requests()],
  ] as const;
  for (const [source, entries] of logs)
    for (const { operation } of entries) {
      const key = `${source} ${operation}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  return counts;
}

/** Every label value of every sample, with where it was found. */
export function labelValues(families: Families): { where: string; value: string }[] {
  return [...families.values()].flatMap(({ samples }) =>
    samples.flatMap(({ name, labels }) =>
      Object.entries(labels).map(([label, value]) => ({ where: `${name}{${label}}`, value })),
    ),
  );
}
