import { loadConfig } from '../../config.js';
import { startFleet, type Fleet } from '../fleet/fleet.js';
import { formatTable } from '../report.js';
import { seededSimulators } from '../seeded-simulators.js';
import { runLoad, type LoadFigures } from './autocannon-load.js';
import { simulatorCpuMs } from './simulator-cpu.js';
import { baselineCredentials } from './baseline/credentials.js';
import { startBaselineServer } from './baseline/server.js';
import { startFloorServer } from './floor/server.js';
import { BaselineUpstreams } from './baseline/upstreams.js';
import { askOnce, throughputEnv, throughputScenarios } from './throughput-scenarios.js';

export interface ThroughputOptions {
  /** How long autocannon runs per scenario and server. */
  readonly seconds: number;
  readonly connections: number;
  /** The set latency, injected into every simulator request in the second pass. */
  readonly latencyMs: number;
}

interface Measured extends LoadFigures {
  /** This process's CPU time (user + system) per request, in ms: the server alone. */
  readonly cpuMsPerRequest: number;
  /** The simulator process group's CPU time per request, in ms; NaN where /proc is missing. */
  readonly simulatorCpuMsPerRequest: number;
  /**
   * Upstream calls per request, from the simulators' logs: about 1 for both, since no two
   * requests in flight are identical (ours would share them).
   */
  readonly callsPerRequest: number;
}

/** Every simulator's arrivals since its log was cleared (seq counts past the log's cap). */
async function upstreamCalls(fleet: Fleet): Promise<number> {
  const logs = await Promise.all(
    Object.values(fleet.controls).map((control) => control.requests()),
  );
  return logs.reduce((sum, log) => sum + (log.at(-1)?.seq ?? 0), 0);
}

/** autocannon runs in a child process and the simulators in another: this CPU is the server's. */
async function measured(fleet: Fleet, run: () => Promise<LoadFigures>): Promise<Measured> {
  await Promise.all(Object.values(fleet.controls).map((control) => control.clearRequests()));
  const before = process.cpuUsage();
  const simulatorsBefore = simulatorCpuMs();
  const figures = await run();
  const used = process.cpuUsage(before);
  const simulatorsAfter = simulatorCpuMs();
  const cpuMs = (used.user + used.system) / 1_000;
  const requests = Math.max(1, figures.requests);
  return {
    ...figures,
    cpuMsPerRequest: cpuMs / requests,
    simulatorCpuMsPerRequest:
      simulatorsBefore === undefined || simulatorsAfter === undefined
        ? NaN
        : (simulatorsAfter - simulatorsBefore) / requests,
    callsPerRequest: (await upstreamCalls(fleet)) / requests,
  };
}

const HEADERS = [
  'scenario',
  'L ms',
  'ours req/s',
  'p50',
  'p99',
  'CPU ms/req',
  'sim CPU',
  'calls/req',
  'base req/s',
  'p50',
  'p99',
  'CPU ms/req',
  'sim CPU',
  'calls/req',
  'ours÷base',
  'floor req/s',
  'CPU ms/req',
  'floor÷base',
];

/** A row's scenario, named with its failures when there were any, and its latency. */
function rowStart(name: string, latency: number, ...runs: LoadFigures[]): string[] {
  const failures = runs.reduce((sum, run) => sum + run.failures, 0);
  return [failures > 0 ? `${name} (${failures} failed)` : name, String(latency)];
}

/**
 * One request at a time: the latency of a request with nothing queued before it, which the
 * 10-connection runs cannot show (there a request waits for the others' CPU). Every scenario
 * makes one upstream call, so its critical path is one round trip: p50 ÷ L is p50 ÷ (depth × L).
 */
const SEQUENTIAL_HEADERS = [
  'scenario',
  'L ms',
  'ours p50',
  'p99',
  'p50÷L',
  'base p50',
  'p99',
  'p50÷L',
];

function sequentialCells(
  name: string,
  latency: number,
  ours: LoadFigures,
  base: LoadFigures,
): string[] {
  const side = (figures: LoadFigures) => [
    figures.p50.toFixed(0),
    figures.p99.toFixed(0),
    latency > 0 ? (figures.p50 / latency).toFixed(2) : '-',
  ];
  return [...rowStart(name, latency, ours, base), ...side(ours), ...side(base)];
}

function cells(
  name: string,
  latency: number,
  ours: Measured,
  base: Measured,
  floor: Measured,
): string[] {
  const side = (figures: Measured) => [
    figures.requestsPerSecond.toFixed(0),
    figures.p50.toFixed(0),
    figures.p99.toFixed(0),
    figures.cpuMsPerRequest.toFixed(2),
    figures.simulatorCpuMsPerRequest.toFixed(2),
    figures.callsPerRequest.toFixed(2),
  ];
  return [
    ...rowStart(name, latency, ours, base, floor),
    ...side(ours),
    ...side(base),
    `${(ours.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x`,
    floor.requestsPerSecond.toFixed(0),
    floor.cpuMsPerRequest.toFixed(2),
    `${(floor.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x`,
  ];
}

/**
 * The throughput set: the simulators in a process of their own, our server in this process in
 * live mode against them, the plain graphql-js baseline beside it over the same simulators; per
 * scenario and latency, each server under autocannon in turn.
 */
export async function runThroughputScenarios(
  options: ThroughputOptions,
  print: (text: string) => void,
): Promise<void> {
  const env = throughputEnv();
  const config = loadConfig(env);
  const scenarios = throughputScenarios(seededSimulators(config));
  const fleet = await startFleet({ replicas: 1, redis: false, env });
  const upstreams = new BaselineUpstreams(fleet.simulators.urls, baselineCredentials(config));
  const baseline = await startBaselineServer(upstreams);
  const floor = await startFloorServer(upstreams);
  const servers = {
    ours: `${fleet.apps[0]!.url}/graphql`,
    baseline: baseline.url,
    floor: floor.url,
  };
  try {
    print(
      `\nthroughput: autocannon (own process) on loopback, ${options.connections} connections, ${options.seconds} s per scenario and server, Cache-Control: no-cache; simulators in a process of their own, our server in live mode against them; LEADSQUARED_QUOTA_CALLS=${env.LEADSQUARED_QUOTA_CALLS} per ${env.LEADSQUARED_QUOTA_WINDOW_MS} ms, PARTNER_CENTRAL_QUOTA_SCALE=${env.PARTNER_CENTRAL_QUOTA_SCALE}, cache TTLs 0`,
    );
    print(
      `variants: each request carries the next of its scenario's variants (${scenarios.map((scenario) => `${scenario.name}: ${scenario.variants.length}`).join(', ')}), each an upstream call of its own, so no two requests in flight are identical`,
    );
    print(
      'baseline: plain graphql-js (buildSchema, graphql()), DataLoader and node:http over the same simulators; floor: no GraphQL, the same upstream call through the baseline client and the same answer (the most any server reaches here); CPU ms/req is this process (one server at a time), sim CPU that of the simulator process group\n',
    );
    // Every variant once through all three: each must answer the same records on each.
    for (const scenario of scenarios) {
      for (let variant = 0; variant < scenario.variants.length; variant += 1) {
        const [ours, base, least] = await Promise.all([
          askOnce(servers.ours, scenario, variant),
          askOnce(servers.baseline, scenario, variant),
          askOnce(servers.floor, scenario, variant),
        ]);
        if (ours.join() !== base.join() || least.join() !== base.join()) {
          throw new Error(
            `"${scenario.name}" (variant ${variant}): our server, the baseline and the floor answer different records`,
          );
        }
      }
    }
    const rows: string[][] = [];
    const sequentialRows: string[][] = [];
    for (const latency of [0, options.latencyMs]) {
      await Promise.all(
        Object.values(fleet.controls).map((control) =>
          latency === 0 ? control.clearFaults() : control.setFaults([{ latencyMs: latency }]),
        ),
      );
      for (const scenario of scenarios) {
        // Warm-up: connections, the JIT, the Account Engagement tokens.
        for (let variant = 0; variant < 3; variant += 1) {
          await askOnce(servers.ours, scenario, variant);
          await askOnce(servers.baseline, scenario, variant);
          await askOnce(servers.floor, scenario, variant);
        }
        const run = (url: string) => () =>
          runLoad(url, scenario, options.seconds, options.connections);
        const ours = await measured(fleet, run(servers.ours));
        const base = await measured(fleet, run(servers.baseline));
        const least = await measured(fleet, run(servers.floor));
        rows.push(cells(scenario.name, latency, ours, base, least));
        const alone = (url: string) => runLoad(url, scenario, options.seconds, 1);
        const oursAlone = await alone(servers.ours);
        const baseAlone = await alone(servers.baseline);
        sequentialRows.push(sequentialCells(scenario.name, latency, oursAlone, baseAlone));
      }
    }
    print(formatTable(HEADERS, rows));
    print(
      `\none request at a time (1 connection, ${options.seconds} s per scenario and server):\n`,
    );
    print(formatTable(SEQUENTIAL_HEADERS, sequentialRows));
  } finally {
    await floor.stop();
    await baseline.stop();
    await fleet.stop();
  }
}
