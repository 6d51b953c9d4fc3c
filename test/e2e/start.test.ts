import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitWithin, killAll, listening, spawnRun, type Run } from '../support/process-run.js';

/**
 * The real entry point, run as a newcomer runs it (`node dist/main.js` after `npm run build`), in a
 * clean environment so the developer's own variables cannot change the outcome.
 */
const ROOT = process.cwd();
const MAIN = path.join(ROOT, 'dist', 'main.js');
const E2E_TIMEOUT_MS = 30_000;
/** How long a stopping process may take; generous so a busy machine cannot make it flake. */
const EXIT_WITHIN_MS = 10_000;

function start(env: Record<string, string> = {}): Run {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} does not exist: run npm run build before the e2e tests`);
  }
  return spawnRun(process.execPath, [MAIN], { cwd: ROOT, env });
}

afterEach(killAll);

describe('node dist/main.js', () => {
  it(
    'has been built',
    () => {
      if (!existsSync(MAIN)) throw new Error(`${MAIN} does not exist: run npm run build`);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'starts on the simulator without credentials, serves, and stops on SIGTERM',
    async () => {
      const run = start({ PORT: '0' });
      const url = await listening(run);
      const base = url.replace(/\/graphql$/, '');

      const simulator = run
        .logs()
        .find((line) => line.source === 'LEADSQUARED' && line.mode === 'simulator');
      expect(simulator?.msg).toBe('LeadSquared has no credentials: serving the built-in simulator');

      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        sources: { leadSquared: { status: 'ready', mode: 'simulator' } },
      });

      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ leadSquaredOpportunities(eventCode: 12003, first: 2) { totalCount nodes { id } } }',
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data?: { leadSquaredOpportunities: { totalCount: number; nodes: { id: string }[] } };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data?.leadSquaredOpportunities.nodes).toHaveLength(2);
      expect(body.data?.leadSquaredOpportunities.nodes[0]?.id).toMatch(/^lsq:12003:/);

      run.child.kill('SIGTERM');
      expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 0, signal: null });
      expect(run.logs().map((line) => line.msg)).toContain('stopped');
      expect(run.logs().find((line) => line.signal === 'SIGTERM')).toBeDefined();
      expect(run.stderr()).toBe('');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'stops on SIGINT (Ctrl+C) with exit code 0',
    async () => {
      const run = start({ PORT: '0' });
      await listening(run);
      run.child.kill('SIGINT');
      expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 0, signal: null });
      expect(run.logs().map((line) => line.msg)).toContain('stopped');
      expect(run.logs().find((line) => line.signal === 'SIGINT')).toBeDefined();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'refuses to start in production without credentials, naming the variable and the rule',
    async () => {
      const run = start({ PORT: '0', NODE_ENV: 'production' });
      expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toContain('Invalid configuration');
      expect(run.stderr()).toContain('LEADSQUARED_ACCESS_KEY');
      expect(run.stderr()).toContain('required when NODE_ENV=production');
      expect(run.stderr()).toContain('LEADSQUARED_MODE=simulator');
      expect(run.logs().map((line) => line.msg)).not.toContain('opportunity-graph is listening');
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'lists every configuration problem at once and exits 1',
    async () => {
      const run = start({ PORT: 'eighty', LOG_LEVEL: 'loud' });
      expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 1, signal: null });
      expect(run.stderr()).toContain('PORT must be an integer from 0 to 65535');
      expect(run.stderr()).toContain('LOG_LEVEL must be one of');
    },
    E2E_TIMEOUT_MS,
  );
});
