import net from 'node:net';
import { exitWithin, killAll, listening, spawnRun, waitForLog } from '../support/process-run.js';

/**
 * `npm start` as a supervisor runs it: one PID, signalled alone (not its process group). npm
 * forwards SIGTERM to its child; the start script execs node, so the child is the server itself
 * and no shell in between swallows the signal or leaves the server orphaned.
 */
const ROOT = process.cwd();
const START_TIMEOUT_MS = 60_000;
const EXIT_WITHIN_MS = 10_000;
/** Long enough that the request is certainly still in flight when the signal arrives. */
const SLOW_UPSTREAM_MS = 2_500;

afterEach(killAll);

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('npm start', () => {
  it(
    'stops on SIGTERM to the npm PID alone: the in-flight request completes and the port is freed',
    async () => {
      // --ignore-scripts skips only the prestart build (npm test has built dist already, and a
      // rebuild here would rewrite dist/ under the other e2e tests); the start script itself runs.
      const run = spawnRun('npm', ['start', '--silent', '--ignore-scripts'], {
        cwd: ROOT,
        env: { PORT: '0' },
      });
      const url = await listening(run);
      // npm put node_modules/.bin first on PATH: the server runs on the pinned Node 24.
      const started = run.logs().find((line) => line.msg === 'opportunity-graph is listening');
      expect(String(started?.node)).toMatch(/^24\./);
      const port = Number(new URL(url).port);
      const simulator = await waitForLog(
        run,
        (line) => line.source === 'LEADSQUARED' && line.mode === 'simulator',
      );
      const simulatorUrl = String(simulator.url);

      // Every LeadSquared call now takes SLOW_UPSTREAM_MS: the query below is slow upstream.
      const faults = await fetch(`${simulatorUrl}/__simulator/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults: [{ latencyMs: SLOW_UPSTREAM_MS }] }),
      });
      expect(faults.status).toBe(200);

      const inFlight = fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ leadSquaredOpportunities(eventCode: 12003, first: 3) { nodes { id } } }',
        }),
      });
      // Signal only once the upstream call has arrived, so the request is truly in flight.
      await waitForUpstreamCall(simulatorUrl);
      process.kill(run.child.pid!, 'SIGTERM');

      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data?: { leadSquaredOpportunities: { nodes: { id: string }[] } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data?.leadSquaredOpportunities.nodes).toHaveLength(3);

      await exitWithin(run, EXIT_WITHIN_MS);
      expect(await portIsFree(port)).toBe(true);
      const messages = run.logs().map((line) => line.msg);
      expect(messages).toContain('shutting down: finishing in-flight requests');
      expect(messages).toContain('stopped');
      expect(run.logs().find((line) => line.signal === 'SIGTERM')).toBeDefined();
    },
    START_TIMEOUT_MS,
  );
});

async function waitForUpstreamCall(simulatorUrl: string): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    const response = await fetch(`${simulatorUrl}/__simulator/requests`);
    const { requests } = (await response.json()) as { requests: unknown[] };
    if (requests.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the upstream call never arrived at the simulator');
}
