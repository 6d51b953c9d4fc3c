import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RotatingLoadOptions } from './rotating-load.js';
import { REQUEST_HEADERS, requestBody, type ThroughputScenario } from './throughput-scenarios.js';

export interface LoadFigures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests answered in the run (what CPU per request divides by). */
  readonly requests: number;
  /**
   * Socket errors, timeouts, non-2xx answers and 2xx answers with GraphQL errors together; a
   * clean run has 0.
   */
  readonly failures: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
}

/** The compiled child beside this compiled module (dist/benchmark/throughput/). */
const childScript = fileURLToPath(new URL('./autocannon-child.js', import.meta.url));

/**
 * autocannon in a child process for `seconds` with `connections` keep-alive connections, each
 * request with the next of the scenario's variants (rotating-load.ts). In its own process, so
 * this process's CPU time is the servers' alone; the options go through a file, since the
 * 2,000-id bodies are too long for arguments.
 */
export async function runLoad(
  url: string,
  scenario: ThroughputScenario,
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  if (!existsSync(childScript)) throw new Error(`${childScript} does not exist: run npm run build`);
  const dir = await mkdtemp(path.join(tmpdir(), 'throughput-'));
  try {
    const optionsFile = path.join(dir, 'options.json');
    const options: RotatingLoadOptions = {
      url,
      bodies: scenario.variants.map((_, variant) => requestBody(scenario, variant)),
      headers: REQUEST_HEADERS,
      connections,
      seconds,
    };
    await writeFile(optionsFile, JSON.stringify(options));
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [childScript, optionsFile], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve(stdout) : reject(new Error(`autocannon exited ${code}: ${stderr}`)),
      );
    });
    const result = JSON.parse(output) as AutocannonJson;
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx + result.graphqlErrors,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
