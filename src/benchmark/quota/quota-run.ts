import { loadConfig } from '../../config.js';
import type { RequestLogEntry } from '../../core/simulator/index.js';
import type { SourceKey } from '../../sources/registry.js';
import { startFleet, type Fleet } from '../fleet/fleet.js';
import { seededSimulators } from '../seeded-simulators.js';
import { runAtOnce, runClients, type LoadResult } from './load.js';
import { quotaTable, type QuotaRow } from './quota-report.js';
import {
  dashboardCycle,
  QUOTA_SCENARIOS,
  sweepRequests,
  type QuotaScenario,
} from './quota-scenarios.js';
import { RequestTally } from './request-tally.js';
import { upstreamFigures } from './upstream-figures.js';

export interface QuotaOptions {
  /** Dashboard clients, each with one request in flight. */
  readonly clients: number;
  /** How long the dashboard clients run. */
  readonly dashboardSeconds: number;
}

/**
 * Default quotas and cache settings: the figures are what an operator gets out of the box.
 * Info level, because the per-request log line is where the no-call share is read from.
 */
export const QUOTA_ENV: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  SIMULATOR_RECORDS: '1000',
  PARTNER_CENTRAL_CATALOGS: 'AWS',
  PARTNER_CENTRAL_QUOTA_SCALE: '1',
};

async function requestLogs(fleet: Fleet): Promise<Record<SourceKey, RequestLogEntry[]>> {
  const entries = await Promise.all(
    Object.entries(fleet.controls).map(
      async ([key, control]) => [key, await control.requests()] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<SourceKey, RequestLogEntry[]>;
}

/** One scenario on a fleet of its own: cold caches, empty quota windows, empty request logs. */
async function runScenario(scenario: QuotaScenario, options: QuotaOptions): Promise<QuotaRow> {
  const env = { ...QUOTA_ENV, ...scenario.env };
  const config = loadConfig(env);
  const seeded = seededSimulators(config);
  const tallies = Array.from({ length: scenario.replicas }, () => new RequestTally());
  const fleet = await startFleet({
    replicas: scenario.replicas,
    redis: scenario.redis,
    env,
    logTo: (index) => tallies[index]!,
  });
  try {
    // Start-up probes are not the scenario's traffic.
    await Promise.all(Object.values(fleet.controls).map((control) => control.clearRequests()));
    for (const tally of tallies) tally.reset();
    const urls = fleet.apps.map((app) => `${app.url}/graphql`);
    const load: LoadResult =
      scenario.load === 'dashboard'
        ? await runClients(
            urls,
            options.clients,
            options.dashboardSeconds * 1_000,
            dashboardCycle(seeded),
          )
        : await runAtOnce(urls, sweepRequests(seeded));
    const counts = tallies.map((tally) => tally.counts());
    return {
      scenario,
      load,
      upstream: upstreamFigures(
        await requestLogs(fleet),
        config.sources.leadSquared.quota.windowMs,
      ),
      logged: {
        requests: counts.reduce((sum, count) => sum + count.requests, 0),
        withoutCall: counts.reduce((sum, count) => sum + count.withoutCall, 0),
      },
    };
  } finally {
    await fleet.stop();
  }
}

/** A machine without redis-server still gets the one-replica figures. */
function redisMissing(error: unknown): boolean {
  return error instanceof Error && /redis-server[\s\S]*ENOENT/.test(error.message);
}

export async function runQuotaScenarios(
  options: QuotaOptions,
  print: (text: string) => void,
): Promise<void> {
  const config = loadConfig(QUOTA_ENV);
  const { calls, windowMs } = config.sources.leadSquared.quota;
  print(
    `\nquota-bound scenarios: default quotas (LeadSquared ${calls} calls per ${windowMs / 1_000} s, PARTNER_CENTRAL_QUOTA_SCALE=1) and cache settings, no injected latency; simulators in a process of their own (npm run simulators), every replica in live mode against them; a fresh fleet per scenario`,
  );
  print(
    `dashboard: ${options.clients} clients for ${options.dashboardSeconds} s, each alternating the merged opportunities(first: 20) page with one of 4 opportunities by id; bulk sweep: 60 opportunity(id) look-ups at once of 30 distinct LeadSquared ids; with 2 replicas requests alternate between them\n`,
  );
  const rows: QuotaRow[] = [];
  for (const scenario of QUOTA_SCENARIOS) {
    try {
      rows.push(await runScenario(scenario, options));
    } catch (error) {
      if (!scenario.redis || !redisMissing(error)) throw error;
      print(`skipped "${scenario.name}": redis-server is not installed (Debian: redis-server)`);
    }
  }
  print(quotaTable(rows, windowMs));
}
