import { liveEnvFor, SIMULATOR_AWS_CREDENTIALS } from '../fleet/live-env.js';
import { startServerProcess } from '../fleet/server-process.js';
import { startSimulatorProcess } from '../fleet/simulator-process.js';
import { formatTable } from '../report.js';
import { latencySettings } from '../latency-settings.js';
import { percentile } from '../stats.js';
import { simulatorCpuMs } from '../throughput/simulator-cpu.js';

export interface WalkOptions {
  /** Opportunities seeded per stream (SIMULATOR_RECORDS), and how many the walk reads. */
  readonly records: number;
  readonly pageSize: number;
  /** Start the server with plain `node dist/main.js` (V8's own heap sizing), not `npm start`. */
  readonly plainNode?: boolean;
}

const QUERY = `query($first: Int!, $after: String) {
  opportunities(first: $first, after: $after) {
    nodes { id }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  readonly ids: string[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

async function page(url: string, first: number, after: string | null): Promise<Page> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { first, after } }),
  });
  const body = (await response.json()) as {
    data?: { opportunities?: { nodes: { id: string }[]; pageInfo: Omit<Page, 'ids'> } | null };
    errors?: unknown[];
  };
  const connection = body.data?.opportunities;
  if (response.status !== 200 || body.errors || !connection) {
    throw new Error(`merged page after ${after}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { ids: connection.nodes.map((node) => node.id), ...connection.pageInfo };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** What one walk measured, for the table and for tests. */
export interface WalkFigures {
  readonly records: number;
  readonly pages: number;
  readonly startupSeconds: number;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
  /** The server process's RSS in bytes: before the walk, then after each page. */
  readonly residentBytes: readonly number[];
  readonly serverCpuMs: number;
  readonly simulatorCpuMs: number | undefined;
}

/**
 * The merged walk at scale: the simulators in a process of their own seeded with `records`
 * opportunities per stream (one Partner Central catalog, Account Engagement, one LeadSquared event
 * code), our server in another (`npm start`, as production starts it) in live mode, quotas raised
 * and caches off; the walk follows `endCursor` with `first: pageSize` until it has read `records`
 * opportunities, checking that no id repeats. Measures the simulators' start-up time, the walk's
 * time, page latencies, the server process's RSS along the walk, and the CPU time of the server's
 * and the simulators' processes over the walk.
 */
export async function walk(options: WalkOptions): Promise<WalkFigures> {
  const env = {
    ...latencySettings(),
    SIMULATOR_RECORDS: String(options.records),
    LEADSQUARED_EVENT_CODES: '12003',
    PARTNER_CENTRAL_CATALOGS: 'AWS',
  };
  const startedAt = performance.now();
  const simulators = await startSimulatorProcess({ env, readyWithinMs: 180_000 });
  const startupSeconds = (performance.now() - startedAt) / 1000;
  try {
    const server = await startServerProcess({
      env: { ...env, ...liveEnvFor(simulators.urls, env), ...SIMULATOR_AWS_CREDENTIALS },
      plainNode: options.plainNode ?? false,
    });
    try {
      const url = `${server.url}/graphql`;
      await page(url, options.pageSize, null); // warm-up: tokens, connections, the JIT
      const seen = new Set<string>();
      const latenciesMs: number[] = [];
      const resident: number[] = [server.residentBytes() ?? 0];
      let after: string | null = null;
      const walkStarted = performance.now();
      const cpuBefore = server.cpuMs();
      const simulatorsBefore = simulatorCpuMs();
      while (seen.size < options.records) {
        const before = performance.now();
        const next = await page(url, options.pageSize, after);
        latenciesMs.push(performance.now() - before);
        for (const id of next.ids) {
          if (seen.has(id)) throw new Error(`the walk met ${id} twice`);
          seen.add(id);
        }
        resident.push(server.residentBytes() ?? 0);
        if (!next.hasNextPage || !next.endCursor) break;
        after = next.endCursor;
      }
      const simulatorsAfter = simulatorCpuMs();
      return {
        records: seen.size,
        pages: latenciesMs.length,
        startupSeconds,
        seconds: (performance.now() - walkStarted) / 1000,
        latenciesMs,
        residentBytes: resident,
        serverCpuMs: server.cpuMs() - cpuBefore,
        simulatorCpuMs:
          simulatorsBefore === undefined || simulatorsAfter === undefined
            ? undefined
            : simulatorsAfter - simulatorsBefore,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await simulators.stop();
  }
}

function row(label: string, figures: WalkFigures): string[] {
  const rss = figures.residentBytes;
  const at = (share: number) => mb(rss[Math.floor((rss.length - 1) * share)]!);
  return [
    label,
    String(figures.records),
    String(figures.pages),
    figures.startupSeconds.toFixed(1),
    figures.seconds.toFixed(1),
    (figures.records / figures.seconds).toFixed(0),
    percentile(figures.latenciesMs, 50).toFixed(1),
    percentile(figures.latenciesMs, 99).toFixed(1),
    mb(rss[0]!),
    at(0.1),
    at(0.5),
    mb(Math.max(...rss)),
    mb(rss.at(-1)!),
    (figures.serverCpuMs / 1000).toFixed(1),
    figures.simulatorCpuMs === undefined ? 'n/a' : (figures.simulatorCpuMs / 1000).toFixed(1),
  ];
}

/**
 * Runs the walk twice, one after the other on fresh processes: the server as `npm start` runs it
 * (with its memory flags, docs/deploy.md) and as plain `node dist/main.js` (V8's own sizing), so
 * what the flags cost and save is measured side by side.
 */
export async function runWalk(options: WalkOptions, print: (text: string) => void): Promise<void> {
  const bounded = await walk({ ...options, plainNode: false });
  const plain = await walk({ ...options, plainNode: true });
  print(
    `\nmerged walk: simulators in a process of their own with SIMULATOR_RECORDS=${options.records} per stream (Partner Central AWS, Account Engagement, LeadSquared 12003), the server in another, first: ${options.pageSize}, quotas raised, cache TTLs 0; RSS is the server process's\n`,
  );
  print(
    formatTable(
      [
        'server',
        'records',
        'pages',
        'start s',
        'walk s',
        'records/s',
        'p50 ms',
        'p99 ms',
        'RSS MB: start',
        'at 10%',
        'at 50%',
        'max',
        'end',
        'CPU s',
        'sim CPU s',
      ],
      [row('npm start', bounded), row('plain node', plain)],
    ),
  );
}
