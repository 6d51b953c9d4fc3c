import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port.js';
import { spawnGroup, type SpawnedGroup } from './spawn-group.js';
import { commandLine, groupCpuMs, processTable, residentBytes } from './proc-stats.js';

/**
 * This server as production runs it: `npm start` in a process of its own (so its memory and CPU
 * are its own, not shared with the bench that drives it, and the start script's Node flags apply).
 */
export interface ServerProcess extends Pick<SpawnedGroup, 'output' | 'stop'> {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  /** The server's node process's resident set size in bytes, from /proc. */
  residentBytes(): number | undefined;
  /** CPU time (user + system, ms) of the process group: npm, its shell and the server. */
  cpuMs(): number;
}

export interface ServerProcessOptions {
  /** The server's variables (live URLs, credentials, quotas); PORT and HOST are added here. */
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly readyWithinMs?: number;
  /**
   * `node dist/main.js` without the start script's Node flags (V8 sizing the heap by itself), to
   * compare against; default false: `npm start`.
   */
  readonly plainNode?: boolean;
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).status === 200;
  } catch {
    return false;
  }
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const cwd = options.cwd ?? process.cwd();
  const main = path.join(cwd, 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} does not exist: run npm run build`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...options.env, PORT: String(port), HOST: '127.0.0.1' };
  // --ignore-scripts skips the prestart build: the bench runs on what `npm run build` made.
  const [command, args] = options.plainNode
    ? [process.execPath, ['dist/main.js']]
    : ['npm', ['start', '--silent', '--ignore-scripts']];
  const run = spawnGroup(command, args, { cwd, env });
  const deadline = performance.now() + (options.readyWithinMs ?? 30_000);
  while (!(await healthy(url))) {
    if (run.hasExited() || performance.now() > deadline) {
      await run.stop();
      throw new Error(`${command} ${args.join(' ')} was not healthy on ${url}:\n${run.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { group } = run;
  // npm's shell execs node, so the server is the group's process running dist/main.js (or, with
  // plainNode, the group's leader itself).
  const serverPid = processTable().find(
    (stat) => stat.pgrp === group && commandLine(stat.pid).includes('dist/main.js'),
  )?.pid;
  return {
    url,
    residentBytes: () => (serverPid === undefined ? undefined : residentBytes(serverPid)),
    cpuMs: () => groupCpuMs(processTable(), group),
    output: run.output,
    stop: run.stop,
  };
}
