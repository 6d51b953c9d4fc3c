import { startApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logging/logger.js';
import { latencySettings } from '../latency-settings.js';
import { measure, runOnce } from '../measure.js';
import { formatTable } from '../report.js';
import { benchmarkScenarios } from '../scenarios.js';
import { percentile } from '../stats.js';
import { startOtlpSink, type OtlpSink } from './otlp-sink.js';

interface Variant {
  readonly name: string;
  settings(sink: OtlpSink): Record<string, string>;
}

/** The same server three ways: nothing exported, /metrics on, /metrics and every span exported. */
const VARIANTS: readonly Variant[] = [
  { name: 'bare', settings: () => ({ METRICS_ENABLED: 'false' }) },
  { name: 'metrics', settings: () => ({ METRICS_ENABLED: 'true' }) },
  {
    name: 'metrics + traces',
    settings: (sink) => ({
      METRICS_ENABLED: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_TRACES_SAMPLER: 'always_on',
    }),
  },
];

const SCENARIOS = [
  'nodes: one opportunity from each source',
  'merged opportunities, first 20',
  'LeadSquared 20, with their leads',
];

interface Cell {
  p50: number[];
  requestsPerSecond: number[];
  cpuMsPerRequest: number[];
}

const median = (values: readonly number[]) => percentile(values, 50);

/**
 * The cost of instrumentation: the variants take turns, round after round, on the same scenarios,
 * so a noisy neighbour slows all of them alike. CPU per request is this process's (server and its
 * in-process simulators, the same for every variant), so the differences are the instrumentation.
 * One app at a time: the SDK of the traced one is process-wide while it runs.
 */
export async function runInstrumentationScenarios(
  options: { latency: number; requests: number; concurrency: number; rounds: number },
  print: (text: string) => void,
): Promise<void> {
  const sink = await startOtlpSink();
  const cells = new Map<string, Cell>();
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      // Each round starts with another variant: the first app of a round runs on a colder process.
      const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]!);
      for (const variant of order) await measureVariant(variant, sink, options, cells);
    }
  } finally {
    await sink.stop();
  }
  print(
    `\nInstrumentation: L = ${options.latency} ms, ${options.requests} sequential + ${options.requests} with ${options.concurrency} in flight per scenario, ${options.rounds} rounds taking turns (medians); spans exported: ${sink.exports} OTLP requests, ${Math.round(sink.bytes / 1024)} KiB\n`,
  );
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    const bare = median(cells.get(`${scenario}|bare`)!.cpuMsPerRequest);
    for (const variant of VARIANTS) {
      const cell = cells.get(`${scenario}|${variant.name}`)!;
      const cpu = median(cell.cpuMsPerRequest);
      rows.push([
        variant.name === 'bare' ? scenario : '',
        variant.name,
        median(cell.p50).toFixed(1),
        median(cell.requestsPerSecond).toFixed(1),
        cpu.toFixed(2),
        variant.name === 'bare' ? '' : `${(((cpu - bare) / bare) * 100).toFixed(0)} %`,
      ]);
    }
  }
  print(formatTable(['scenario', 'variant', 'p50 ms', 'req/s', 'CPU ms/req', 'CPU vs bare'], rows));
}

async function measureVariant(
  variant: Variant,
  sink: OtlpSink,
  options: { latency: number; requests: number; concurrency: number },
  cells: Map<string, Cell>,
): Promise<void> {
  const settings = { ...latencySettings(), ...variant.settings(sink) };
  // The SDK reads its OTEL_* values from the environment; our config decides whether to start it.
  const otel = Object.entries(settings).filter(([name]) => name.startsWith('OTEL_'));
  for (const [name, value] of otel) process.env[name] = value;
  const app = await startApp(loadConfig(settings), createLogger('silent'));
  try {
    const simulators = Object.values(app.sources.simulators).filter((sim) => sim !== undefined);
    for (const simulator of simulators) simulator.setFaults([{ latencyMs: options.latency }]);
    const url = `${app.url}/graphql`;
    const scenarios = benchmarkScenarios(app).filter((s) => SCENARIOS.includes(s.name));
    // Warm-up: the Account Engagement token, the AWS SDK client, JIT, the span exporter.
    for (const scenario of scenarios) for (let i = 0; i < 20; i += 1) await runOnce(url, scenario);
    for (const scenario of scenarios) {
      const cpu = process.cpuUsage();
      const result = await measure(url, scenario, options.requests, options.concurrency);
      const used = process.cpuUsage(cpu);
      const key = `${scenario.name}|${variant.name}`;
      const cell = cells.get(key) ?? { p50: [], requestsPerSecond: [], cpuMsPerRequest: [] };
      cell.p50.push(percentile(result.latencies, 50));
      cell.requestsPerSecond.push(result.requestsPerSecond);
      cell.cpuMsPerRequest.push((used.user + used.system) / 1000 / (2 * options.requests));
      cells.set(key, cell);
    }
  } finally {
    await app.stop();
    for (const [name] of otel) delete process.env[name];
  }
}
