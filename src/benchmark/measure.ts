import { performance } from 'node:perf_hooks';
import type { Scenario } from './scenarios.js';

export interface Measurement {
  /** Latency of each sequential request, in milliseconds. */
  latencies: number[];
  /** Requests per second with `concurrency` requests in flight. */
  requestsPerSecond: number;
}

/** One GraphQL request; a response with errors or without data aborts the benchmark. */
export async function runOnce(url: string, scenario: Scenario): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`"${scenario.name}" failed: ${JSON.stringify(body.errors ?? body)}`);
  }
}

/**
 * `requests` requests one after another (latency: nothing else competes), then the same number
 * with `concurrency` in flight at a time (throughput).
 */
export async function measure(
  url: string,
  scenario: Scenario,
  requests: number,
  concurrency: number,
): Promise<Measurement> {
  const latencies: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    await runOnce(url, scenario);
    latencies.push(performance.now() - started);
  }
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        await runOnce(url, scenario);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies, requestsPerSecond: requests / seconds };
}
