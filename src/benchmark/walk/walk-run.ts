import { startFleet } from '../fleet/fleet.js';
import { formatTable } from '../report.js';
import { latencySettings } from '../latency-settings.js';
import { percentile } from '../stats.js';
import { simulatorCpuMs } from '../throughput/simulator-cpu.js';

export interface WalkOptions {
  /** Opportunities seeded per stream (SIMULATOR_RECORDS), and how many the walk reads. */
  readonly records: number;
  readonly pageSize: number;
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

/**
 * The merged walk at scale: the simulators in a process of their own seeded with `records`
 * opportunities per stream (one Partner Central catalog, Account Engagement, one LeadSquared event
 * code), our server in this process in live mode, quotas raised and caches off; the walk follows
 * `endCursor` with `first: pageSize` until it has read `records` opportunities, checking that no
 * id repeats. Reports the simulators' start-up time, the walk's time and pages per second, page
 * latencies, this process's RSS (the server's, with the bench's small share) along the walk, and the CPU
 * time of this process and of the simulators' over the walk.
 */
export async function runWalk(options: WalkOptions, print: (text: string) => void): Promise<void> {
  const env = {
    ...latencySettings(),
    SIMULATOR_RECORDS: String(options.records),
    LEADSQUARED_EVENT_CODES: '12003',
    PARTNER_CENTRAL_CATALOGS: 'AWS',
  };
  const startedAt = performance.now();
  const fleet = await startFleet({ replicas: 1, redis: false, env });
  const startupSeconds = (performance.now() - startedAt) / 1000;
  const url = `${fleet.apps[0]!.url}/graphql`;
  try {
    await page(url, options.pageSize, null); // warm-up: tokens, connections, the JIT
    const seen = new Set<string>();
    const latencies: number[] = [];
    const rss: number[] = [process.memoryUsage().rss];
    let heapMax = process.memoryUsage().heapUsed;
    let after: string | null = null;
    const walkStarted = performance.now();
    const cpuBefore = process.cpuUsage();
    const simulatorsBefore = simulatorCpuMs();
    while (seen.size < options.records) {
      const before = performance.now();
      const next = await page(url, options.pageSize, after);
      latencies.push(performance.now() - before);
      for (const id of next.ids) {
        if (seen.has(id)) throw new Error(`the walk met ${id} twice`);
        seen.add(id);
      }
      const memory = process.memoryUsage();
      rss.push(memory.rss);
      heapMax = Math.max(heapMax, memory.heapUsed);
      if (!next.hasNextPage || !next.endCursor) break;
      after = next.endCursor;
    }
    const seconds = (performance.now() - walkStarted) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const simulatorsAfter = simulatorCpuMs();
    const serverCpu = ((cpu.user + cpu.system) / 1e6).toFixed(1);
    const simulatorCpu =
      simulatorsBefore === undefined || simulatorsAfter === undefined
        ? 'n/a'
        : ((simulatorsAfter - simulatorsBefore) / 1000).toFixed(1);
    print(
      `\nmerged walk: simulators in a process of their own with SIMULATOR_RECORDS=${options.records} per stream (Partner Central AWS, Account Engagement, LeadSquared 12003), first: ${options.pageSize}, quotas raised, cache TTLs 0; RSS is this process (our server and the walk)\n`,
    );
    const tenth = rss[Math.floor(rss.length / 10)]!;
    print(
      formatTable(
        [
          'records',
          'pages',
          'start s',
          'walk s',
          'records/s',
          'p50 ms',
          'p99 ms',
          'RSS MB: start',
          'at 10%',
          'max',
          'end',
          'heap max',
          'CPU s',
          'sim CPU s',
        ],
        [
          [
            String(seen.size),
            String(latencies.length),
            startupSeconds.toFixed(1),
            seconds.toFixed(1),
            (seen.size / seconds).toFixed(0),
            percentile(latencies, 50).toFixed(1),
            percentile(latencies, 99).toFixed(1),
            mb(rss[0]!),
            mb(tenth),
            mb(Math.max(...rss)),
            mb(rss.at(-1)!),
            mb(heapMax),
            serverCpu,
            simulatorCpu,
          ],
        ],
      ),
    );
  } finally {
    await fleet.stop();
  }
}
