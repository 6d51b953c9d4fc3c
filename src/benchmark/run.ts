/*
 * `npm run bench`: two sets of scenarios; a script that reports and asserts nothing (timed
 * assertions flake, figures belong in a report).
 *
 * Latency: the server on its in-process simulators with L ms injected into every simulator
 * request and quotas out of the way; per representative query its p50 and p95 latency, requests
 * per second, upstream calls per query and p50 / (critical-path depth x L).
 *
 * Quota-bound (quota/): default quotas, replicas in live mode against the simulators' own process,
 * one and two replicas (on one Redis); pages/s, upstream calls per 1,000 requests, the share of
 * requests made without an upstream call, the most calls in any quota window, throttle answers.
 *
 * Options (flag or environment): --latency-ms / BENCH_LATENCY_MS (50), --requests /
 * BENCH_REQUESTS (40 per scenario and phase), --concurrency / BENCH_CONCURRENCY (8), --clients /
 * BENCH_CLIENTS (10 dashboard clients), --dashboard-seconds / BENCH_DASHBOARD_SECONDS (10),
 * --only / BENCH_ONLY (`latency`, `quota`, `instrumentation`, `throughput` or `walk`; all but walk by default), --rounds /
 * BENCH_ROUNDS (3 turns of the instrumentation variants), --instrumentation-latency-ms /
 * BENCH_INSTRUMENTATION_LATENCY_MS (5: little waiting, so the instrumentation's CPU shows).
 *
 * Instrumentation (instrumentation/): the latency server bare, with /metrics, and with /metrics
 * and every span exported over OTLP, taking turns; p50, req/s and CPU per request side by side.
 *
 * Throughput (throughput/): our server in live mode against the simulators' own process and a
 * plain graphql-js baseline over the same simulators, each under autocannon in turn;
 * --throughput-seconds / BENCH_THROUGHPUT_SECONDS (5), --throughput-connections /
 * BENCH_THROUGHPUT_CONNECTIONS (10), --throughput-latency-ms / BENCH_THROUGHPUT_LATENCY_MS (20).
 * Each request carries the next of its scenario's variants, so no two requests in flight are alike.
 *
 * Walk (walk/, only with --only=walk: seeding takes a while): the merged listing followed page by
 * page through --walk-records / BENCH_WALK_RECORDS (100,000) opportunities, the simulators in their
 * own process seeded with as many per stream, --walk-page / BENCH_WALK_PAGE (100) per page; its time
 * and the server process's RSS along the walk, once under `npm start` and once as plain node.
 */
import 'reflect-metadata';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logging/logger.js';
import { latencySettings } from './latency-settings.js';
import { measure, runOnce } from './measure.js';
import { machineLine, table, type Row } from './report.js';
import { benchmarkScenarios } from './scenarios.js';
import { runInstrumentationScenarios } from './instrumentation/instrumentation-run.js';
import { runQuotaScenarios } from './quota/quota-run.js';
import { runThroughputScenarios } from './throughput/throughput-run.js';
import { runWalk } from './walk/walk-run.js';
import { percentile } from './stats.js';

/** The report goes to stdout, as the simulators' runner writes its own. */
const print = (text: string) => process.stdout.write(`${text}\n`);

function option(name: string, env: string, fallback: number): number {
  const flag = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const raw = flag ? flag.slice(name.length + 3) : process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} (${env}) must be a positive integer, got "${raw}"`);
  }
  return value;
}

const SETS = ['latency', 'quota', 'instrumentation', 'throughput', 'walk'] as const;
type ScenarioSet = (typeof SETS)[number];

function only(): ScenarioSet | undefined {
  const flag = process.argv.find((arg) => arg.startsWith('--only='));
  const raw = flag ? flag.slice('--only='.length) : process.env.BENCH_ONLY;
  if (raw === undefined || raw === '') return undefined;
  const set = SETS.find((name) => name === raw);
  if (set) return set;
  throw new Error(`--only (BENCH_ONLY) must be one of ${SETS.join(', ')}, got "${raw}"`);
}

async function main(): Promise<void> {
  const latency = option('latency-ms', 'BENCH_LATENCY_MS', 50);
  const requests = option('requests', 'BENCH_REQUESTS', 40);
  const concurrency = option('concurrency', 'BENCH_CONCURRENCY', 8);
  const clients = option('clients', 'BENCH_CLIENTS', 10);
  const dashboardSeconds = option('dashboard-seconds', 'BENCH_DASHBOARD_SECONDS', 10);
  const which = only();
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  print(machineLine());
  if (!which || which === 'latency') await latencyScenarios(latency, requests, concurrency);
  if (!which || which === 'quota') await runQuotaScenarios({ clients, dashboardSeconds }, print);
  if (!which || which === 'instrumentation') {
    const rounds = option('rounds', 'BENCH_ROUNDS', 3);
    const instrumentationLatency = option(
      'instrumentation-latency-ms',
      'BENCH_INSTRUMENTATION_LATENCY_MS',
      5,
    );
    await runInstrumentationScenarios(
      { latency: instrumentationLatency, requests, concurrency, rounds },
      print,
    );
  }
  if (!which || which === 'throughput') {
    const seconds = option('throughput-seconds', 'BENCH_THROUGHPUT_SECONDS', 5);
    const connections = option('throughput-connections', 'BENCH_THROUGHPUT_CONNECTIONS', 10);
    const latencyMs = option('throughput-latency-ms', 'BENCH_THROUGHPUT_LATENCY_MS', 20);
    await runThroughputScenarios({ seconds, connections, latencyMs }, print);
  }
  if (which === 'walk') {
    const records = option('walk-records', 'BENCH_WALK_RECORDS', 100_000);
    const pageSize = option('walk-page', 'BENCH_WALK_PAGE', 100);
    await runWalk({ records, pageSize }, print);
  }
}

async function latencyScenarios(
  latency: number,
  requests: number,
  concurrency: number,
): Promise<void> {
  const settings = latencySettings();
  const config = loadConfig(settings);
  const app = await startApp(config, createLogger('silent'));
  const simulators = Object.values(app.sources.simulators).filter((sim) => sim !== undefined);
  try {
    for (const simulator of simulators) simulator.setFaults([{ latencyMs: latency }]);
    const url = `${app.url}/graphql`;
    const scenarios = benchmarkScenarios(app);
    // Warm-up: the Account Engagement token, the AWS SDK client, JIT.
    for (const scenario of scenarios) for (let i = 0; i < 3; i += 1) await runOnce(url, scenario);

    print(
      `L = ${latency} ms injected into every simulator request; ${requests} sequential requests per scenario for latency, then ${requests} with ${concurrency} in flight for req/s`,
    );
    print(
      `simulators in-process; LEADSQUARED_QUOTA_CALLS=${settings.LEADSQUARED_QUOTA_CALLS}, PARTNER_CENTRAL_QUOTA_SCALE=${settings.PARTNER_CENTRAL_QUOTA_SCALE} (quotas out of the way), cache TTLs 0 (every read upstream)\n`,
    );
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      for (const simulator of simulators) simulator.clearRequests();
      const { latencies, requestsPerSecond } = await measure(url, scenario, requests, concurrency);
      const calls = simulators.reduce((sum, simulator) => sum + simulator.requests().length, 0);
      const p50 = percentile(latencies, 50);
      rows.push({
        scenario: scenario.name,
        depth: scenario.depth,
        p50,
        p95: percentile(latencies, 95),
        requestsPerSecond,
        upstreamCalls: calls / (2 * requests),
        ratio: p50 / (scenario.depth * latency),
      });
    }
    print(table(rows));
    const target = rows.find((row) => row.scenario.startsWith('nodes: one opportunity from each'));
    if (target) {
      const met = target.p50 < 1.3 * latency;
      print(
        `\nthree sources at one level (nodes): p50 ${target.p50.toFixed(1)} ms ${met ? '<' : '>='} 1.3 × L = ${(1.3 * latency).toFixed(1)} ms${met ? '' : ' (target missed)'}`,
      );
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
