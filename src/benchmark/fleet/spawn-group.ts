import { spawn } from 'node:child_process';
import { stopGroup, trackGroup } from './process-group.js';

/**
 * A command started in a process group of its own (npm, its shell and the node it execs), with
 * only PATH and HOME of this process's variables besides the ones given, its output collected,
 * and a stop that ends the whole group.
 */
export interface SpawnedGroup {
  /** The group's id: the leader's pid. */
  readonly group: number;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Calls `listener` with each chunk of output, after it was added to output(). */
  onOutput(listener: (chunk: string) => void): void;
  /** Resolves when the leader has exited (or could not start). */
  readonly exited: Promise<void>;
  hasExited(): boolean;
  /** SIGTERM to the group, SIGKILL after a grace; safe to call twice. */
  stop(): Promise<void>;
}

export function spawnGroup(
  command: string,
  args: readonly string[],
  options: { readonly cwd: string; readonly env: Record<string, string> },
): SpawnedGroup {
  const child = spawn(command, args, {
    cwd: options.cwd,
    // Only PATH and HOME from this process, so a developer's own variables cannot leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forget = trackGroup(child);
  let output = '';
  let done = false;
  const listeners: ((chunk: string) => void)[] = [];
  const collect = (chunk: string) => {
    output += chunk;
    for (const listener of listeners) listener(chunk);
  };
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      done = true;
      resolve();
    });
    child.once('error', (error) => {
      output += String(error);
      done = true;
      resolve();
    });
  });
  child.stdout!.setEncoding('utf8').on('data', collect);
  child.stderr!.setEncoding('utf8').on('data', collect);
  let stopped: Promise<void> | undefined;
  return {
    group: child.pid ?? -1,
    output: () => output,
    onOutput: (listener) => listeners.push(listener),
    exited,
    hasExited: () => done,
    stop: () => (stopped ??= stopGroup(child, exited).finally(forget)),
  };
}
