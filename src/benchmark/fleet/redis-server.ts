import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import realProcess from 'node:process';
import { freePort } from './free-port.js';

/**
 * A real redis-server (Debian package `redis-server`; test/support/ensure-redis.sh installs it) for
 * the shared-state tests and the benchmark's replicas, on a free 127.0.0.1 port (redis-server
 * cannot take port 0: that disables TCP), with no persistence and its own temp dir.
 *
 * Outages are simulated two ways, because they fail differently for a client:
 * - `stop()` then `start()`: the port refuses connections (ECONNREFUSED), then a fresh, empty
 *   server comes back on the same port (no persistence: the data is gone, as after a failover).
 * - `pause()` then `resume()` (SIGSTOP / SIGCONT): the kernel still accepts connections but nothing
 *   answers, the hung-server case that only a client-side timeout catches. Data survives.
 *
 * Every server is remembered: `stopAllRedisServers()` belongs in `afterAll`, and an exit hook plus a
 * per-server watchdog kill what a crashed or killed parent process left behind.
 */
export interface RunningRedis {
  /** `redis://127.0.0.1:<port>`, stable across stop/start. */
  readonly url: string;
  readonly port: number;
  /** Whether a process is running now (paused counts as running). */
  running(): boolean;
  /** Kills the server and waits for it to exit; a no-op when stopped. Its data is lost. */
  stop(): Promise<void>;
  /** Starts an empty server again on the same port, resolving once it answers PING. */
  start(): Promise<void>;
  /** `stop()` then `start()`. */
  restart(): Promise<void>;
  /** SIGSTOP: connections hang without an answer until `resume()`. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
}

const READY_WITHIN_MS = 10_000;
const servers = new Set<RunningRedis>();

/**
 * Live processes, kept on Node's own process object rather than in this module: jest loads the
 * module afresh for every test file of a worker and gives each file its own globals (and `process`
 * copy), but built-in modules are shared, so one exit hook serves every file of a worker.
 */
const LIVE = Symbol.for('opportunity-graph.test.redis-server.live');
const holder = realProcess as unknown as { [LIVE]?: Set<ChildProcess> };
const live: Set<ChildProcess> = holder[LIVE] ?? installExitHook();

function installExitHook(): Set<ChildProcess> {
  const children = new Set<ChildProcess>();
  holder[LIVE] = children;
  // Synchronous on purpose: 'exit' handlers cannot await. SIGKILL works on a paused server too.
  realProcess.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
  return children;
}

/** One RESP PING over a raw socket, so readiness does not depend on the client under test. */
function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

/**
 * Kills `redisPid` if this test process dies without running its exit hook (SIGKILL, OOM, a jest
 * worker torn down). It ends by itself once either process is gone.
 */
function spawnWatchdog(redisPid: number): ChildProcess {
  const script =
    `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${redisPid} 2>/dev/null; do sleep 1; done; ` +
    `kill -9 ${redisPid} 2>/dev/null`;
  const watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return watchdog;
}

interface Spawned {
  child: ChildProcess;
  exited: Promise<void>;
  dir: string;
  watchdog: ChildProcess;
}

async function spawnRedis(port: number): Promise<Spawned> {
  const dir = mkdtempSync(path.join(tmpdir(), 'og-redis-'));
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--daemonize', 'no',
    '--logfile', '',
  ]; // prettier-ignore
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  let hasExited = false;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      hasExited = true;
      live.delete(child);
      resolve();
    });
    child.once('error', (error) => {
      output += String(error);
      hasExited = true;
      live.delete(child);
      resolve();
    });
  });
  const watchdog = spawnWatchdog(child.pid ?? 0);
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!hasExited && Date.now() < deadline) {
    if (await pingOnce(port)) return { child, exited, dir, watchdog };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  await exited;
  watchdog.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  const why = hasExited ? 'it exited' : `it did not answer PING within ${READY_WITHIN_MS} ms`;
  throw Object.assign(
    new Error(`redis-server on port ${port} failed to start: ${why}\n${output}`),
    {
      addressInUse: output.includes('Address already in use'),
    },
  );
}

async function kill(spawned: Spawned): Promise<void> {
  const { child } = spawned;
  if (child.exitCode === null && child.signalCode === null) {
    // A stopped process keeps SIGTERM pending, so wake it first; SIGKILL if it lingers.
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
    await spawned.exited;
    clearTimeout(timer);
  }
  spawned.watchdog.kill('SIGKILL');
  rmSync(spawned.dir, { recursive: true, force: true });
}

/** Starts a redis-server on a free port; retries another port if it was taken in between. */
export async function startRedisServer(): Promise<RunningRedis> {
  let current: Spawned | undefined;
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      current = await spawnRedis(port);
      break;
    } catch (error) {
      if (attempt >= 5 || !(error as { addressInUse?: boolean }).addressInUse) throw error;
    }
  }
  const server: RunningRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    running: () => current !== undefined,
    async stop() {
      const spawned = current;
      current = undefined;
      if (spawned) await kill(spawned);
    },
    async start() {
      if (current) throw new Error(`redis-server on port ${port} is already running`);
      current = await spawnRedis(port);
    },
    async restart() {
      await server.stop();
      await server.start();
    },
    pause() {
      if (!current) throw new Error(`redis-server on port ${port} is not running`);
      current.child.kill('SIGSTOP');
    },
    resume() {
      current?.child.kill('SIGCONT');
    },
  };
  servers.add(server);
  return server;
}

/** Stops every server started by this test file; for `afterAll`. */
export async function stopAllRedisServers(): Promise<void> {
  const all = [...servers];
  servers.clear();
  await Promise.all(all.map((server) => server.stop()));
}
