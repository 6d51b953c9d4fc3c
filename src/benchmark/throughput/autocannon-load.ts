import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REQUEST_HEADERS, type ThroughputScenario } from './throughput-scenarios.js';

export interface LoadFigures {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests answered in the run (what CPU per request divides by). */
  readonly requests: number;
  /** Socket errors, timeouts and non-2xx answers together; a clean run has 0. */
  readonly failures: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * autocannon's command line in a child process for `seconds` with `connections` keep-alive
 * connections, the body from a file (the 2,000-id body is too long for an argument). In its own
 * process, so this process's CPU time is the servers' alone.
 */
export async function runLoad(
  url: string,
  scenario: ThroughputScenario,
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'throughput-'));
  try {
    const bodyFile = path.join(dir, 'body.json');
    await writeFile(
      bodyFile,
      JSON.stringify({ query: scenario.query, variables: scenario.variables }),
    );
    const headers = Object.entries(REQUEST_HEADERS).flatMap(([name, value]) => [
      '-H',
      `${name}=${value}`,
    ]);
    const args = [autocannonBin, '-j', '-c', String(connections), '-d', String(seconds)];
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [...args, '-m', 'POST', ...headers, '-i', bodyFile, url],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
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
      failures: result.errors + result.timeouts + result.non2xx,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
