import { spawn, type ChildProcess } from 'node:child_process';
import realProcess from 'node:process';

/**
 * Process groups this process started (a detached child leads its own group: npm, the shell it
 * runs and the node it execs all belong to it). They are killed as a whole, so no grandchild
 * outlives a stop, and an exit hook plus a watchdog kill what a crashed or killed parent left.
 *
 * The set is kept on Node's own process object: jest loads this module afresh for every test file
 * of a worker, but built-in modules are shared, so one exit hook serves every file of a worker.
 */
const LIVE = Symbol.for('opportunity-graph.fleet.process-groups.live');
const holder = realProcess as unknown as { [LIVE]?: Set<number> };
const live: Set<number> = holder[LIVE] ?? installExitHook();

function installExitHook(): Set<number> {
  const groups = new Set<number>();
  holder[LIVE] = groups;
  // Synchronous on purpose: 'exit' handlers cannot await.
  realProcess.on('exit', () => {
    for (const group of groups) signalGroup(group, 'SIGKILL');
  });
  return groups;
}

/** Sends `signal` to every process of the group; false when none is left. */
export function signalGroup(group: number, signal: NodeJS.Signals): boolean {
  try {
    realProcess.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Remembers a detached child's group and starts a watchdog that kills the group once this process
 * is gone (SIGKILL, OOM, a jest worker torn down). Returns the function that forgets it again.
 */
export function trackGroup(child: ChildProcess): () => void {
  const group = child.pid;
  if (group === undefined) return () => {};
  live.add(group);
  // bash, not sh: dash's kill builtin takes no negative (group) pids.
  const script =
    `while kill -0 ${realProcess.pid} 2>/dev/null && kill -0 -${group} 2>/dev/null; do sleep 1; done; ` +
    `kill -9 -${group} 2>/dev/null`;
  const watchdog: ChildProcess = spawn('bash', ['-c', script], { detached: true, stdio: 'ignore' });
  watchdog.unref();
  return () => {
    live.delete(group);
    watchdog.kill('SIGKILL');
  };
}

/**
 * SIGTERM to the group, then SIGKILL to whatever is left once the leader exited or `graceMs`
 * passed. Resolves when the leader has exited.
 */
export async function stopGroup(
  child: ChildProcess,
  exited: Promise<unknown>,
  graceMs = 3_000,
): Promise<void> {
  const group = child.pid;
  if (group === undefined) return;
  signalGroup(group, 'SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  signalGroup(group, 'SIGKILL');
  await exited;
}
