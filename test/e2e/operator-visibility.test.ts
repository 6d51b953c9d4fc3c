import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  exitWithin,
  killAll,
  listening,
  spawnRun,
  waitForLog,
  waitForOutput,
  type Run,
} from '../support/process-run.js';

/**
 * What an operator sees when something is wrong: start-up failures that name the setting to
 * change, live sources that say why they went live and why they are unavailable, `.env` files and
 * human-readable logs. The real entry point in a clean environment, as in start.test.ts.
 */
const ROOT = process.cwd();
const MAIN = path.join(ROOT, 'dist', 'main.js');
const E2E_TIMEOUT_MS = 40_000;
const EXIT_WITHIN_MS = 10_000;
const AWS_SECRET = 'aws-secret-E2E-9QWZX7LKJ3';
const LSQ_ACCESS = 'lsq-access-E2E-4HGT6YB2';
const LSQ_SECRET = 'lsq-secret-E2E-8PLM3NC5';

afterEach(killAll);

function start(env: Record<string, string>, cwd = ROOT): Run {
  return spawnRun(process.execPath, [MAIN], { cwd, env });
}

/** A port nothing listens on (bound once by us, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Holds a port for the test, as another process would. */
async function busyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, release: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function readiness(url: string) {
  const response = await fetch(url.replace(/\/graphql$/, '/ready'));
  return { status: response.status, text: await response.text() };
}

describe('start-up failures name the setting to change', () => {
  it(
    'a busy PORT',
    async () => {
      const held = await busyPort();
      try {
        const run = start({ PORT: String(held.port) });
        expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 1, signal: null });
        expect(run.stderr()).toContain(`port ${held.port} is already in use (EADDRINUSE`);
        expect(run.stderr()).toContain('set PORT to a free port');
        expect(run.logs().map((line) => line.msg)).not.toContain('opportunity-graph is listening');
      } finally {
        await held.release();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "a busy simulator port names that simulator's setting",
    async () => {
      const held = await busyPort();
      try {
        const run = start({ PORT: '0', LEADSQUARED_SIMULATOR_PORT: String(held.port) });
        expect(await exitWithin(run, EXIT_WITHIN_MS)).toEqual({ code: 1, signal: null });
        expect(run.stderr()).toContain('EADDRINUSE');
        expect(run.stderr()).toContain('set LEADSQUARED_SIMULATOR_PORT to a free port');
      } finally {
        await held.release();
      }
    },
    E2E_TIMEOUT_MS,
  );
});

describe('live sources say why', () => {
  it(
    'AWS credentials in the environment: a warning names them, /ready and the log give the reason',
    async () => {
      const port = await closedPort();
      const run = start({
        PORT: '0',
        AWS_ACCESS_KEY_ID: 'AKIAE2EVISIBILITY01',
        AWS_SECRET_ACCESS_KEY: AWS_SECRET,
        PARTNER_CENTRAL_ENDPOINT: `http://127.0.0.1:${port}`,
      });
      const url = await listening(run);
      const live = run.logs().find((line) => line.source === 'PARTNER_CENTRAL');
      expect(live).toMatchObject({
        level: 40,
        mode: 'live',
        credentials: [{ name: 'AWS_ACCESS_KEY_ID', from: 'environment' }],
      });
      expect(String(live?.msg)).toContain('PARTNER_CENTRAL_MODE=simulator');

      const ready = await readiness(url);
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text).sources.partnerCentral).toMatchObject({
        status: 'unavailable',
        mode: 'live',
        reason: {
          code: 'UPSTREAM_UNAVAILABLE',
          errno: 'ECONNREFUSED',
          host: `127.0.0.1:${port}`,
        },
      });
      const logged = await waitForLog(
        run,
        (line) => line.msg === 'readiness probe failed: source unavailable',
      );
      expect(logged).toMatchObject({
        level: 40,
        source: 'PARTNER_CENTRAL',
        reason: { errno: 'ECONNREFUSED', host: `127.0.0.1:${port}` },
      });
      for (const text of [ready.text, run.stdout(), run.stderr()]) {
        expect(text).not.toContain(AWS_SECRET);
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'settings from .env: the environment wins, names are logged, credentials from it are info',
    async () => {
      const port = await closedPort();
      const dir = mkdtempSync(path.join(tmpdir(), 'opportunity-graph-env-'));
      writeFileSync(
        path.join(dir, '.env'),
        [
          '# a dotenv file as an operator writes it',
          'PORT=1',
          `LEADSQUARED_ACCESS_KEY=${LSQ_ACCESS}`,
          `LEADSQUARED_SECRET_KEY="${LSQ_SECRET}"`,
          `LEADSQUARED_BASE_URL=http://127.0.0.1:${port}/v2/`,
          '',
        ].join('\n'),
      );
      // PORT=1 from .env would fail (EACCES); the environment's PORT=0 must win.
      const run = start({ PORT: '0' }, dir);
      const url = await listening(run);
      const fromFile = run.logs().find((line) => line.msg === 'read settings from .env');
      expect([...(fromFile?.variables as string[])].sort()).toEqual([
        'LEADSQUARED_ACCESS_KEY',
        'LEADSQUARED_BASE_URL',
        'LEADSQUARED_SECRET_KEY',
      ]);
      expect(run.logs().find((line) => line.source === 'LEADSQUARED')).toMatchObject({
        level: 30,
        mode: 'live',
        credentials: [
          { name: 'LEADSQUARED_ACCESS_KEY', from: '.env' },
          { name: 'LEADSQUARED_SECRET_KEY', from: '.env' },
        ],
      });
      const ready = await readiness(url);
      expect(ready.status).toBe(503);
      expect(JSON.parse(ready.text).sources.leadSquared).toMatchObject({
        status: 'unavailable',
        reason: { errno: 'ECONNREFUSED', host: `127.0.0.1:${port}` },
      });
      for (const text of [ready.text, run.stdout(), run.stderr()]) {
        expect(text).not.toContain(LSQ_ACCESS);
        expect(text).not.toContain(LSQ_SECRET);
      }
    },
    E2E_TIMEOUT_MS,
  );
});

describe('LOG_FORMAT=pretty', () => {
  it(
    'writes lines for a person, not JSON',
    async () => {
      const run = start({ PORT: '0', LOG_FORMAT: 'pretty' });
      await waitForOutput(run, () =>
        run.stdout().includes('opportunity-graph is listening') ? true : undefined,
      );
      const lines = run
        .stdout()
        .split('\n')
        .filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.filter((line) => line.trim().startsWith('{'))).toEqual([]);
      expect(lines.find((line) => line.includes('is listening'))).toMatch(/INFO/);
      run.child.kill('SIGTERM');
      const exit = await exitWithin(run, EXIT_WITHIN_MS);
      expect(exit).toEqual({ code: 0, signal: null });
    },
    E2E_TIMEOUT_MS,
  );
});
