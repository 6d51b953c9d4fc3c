import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A child process of the server as an operator runs it, with its output captured and its JSON log
 * lines parsed, for the end-to-end tests. Every run is remembered so `killAll` can clean up after
 * a failed test.
 */
export interface Run {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Parsed JSON log lines so far (non-JSON lines are skipped). */
  logs(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];

/** A clean environment: only PATH and HOME, so the developer's own variables cannot leak in. */
export function cleanEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
}

export function spawnRun(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Run {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs: () =>
      out
        .split('\n')
        .filter((line) => line.trim().startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
  };
}

/** SIGKILLs every run that is still alive (for afterEach). */
export function killAll(): void {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Resolves once stdout matches `predicate`; rejects if the process exits first. */
export function waitForOutput<T>(run: Run, predicate: () => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = predicate();
      if (found !== undefined) {
        run.child.stdout!.off('data', check);
        resolve(found);
      }
    };
    run.child.stdout!.on('data', check);
    run.exited.then(({ code, signal }) => {
      check();
      reject(
        new Error(
          `the process exited (code ${code}, signal ${signal}) first.\nstdout:\n${run.stdout()}\nstderr:\n${run.stderr()}`,
        ),
      );
    });
    check();
  });
}

/** Resolves with the first log line matching `predicate`; rejects if the process exits first. */
export function waitForLog(
  run: Run,
  predicate: (line: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  return waitForOutput(run, () => run.logs().find(predicate));
}

/** The exit, or a failure naming the limit when the process takes longer than `ms`. */
export async function exitWithin(run: Run, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the process did not exit within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([run.exited, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The GraphQL URL from the "listening" log line. */
export async function listening(run: Run): Promise<string> {
  const line = await waitForLog(run, (entry) => entry.msg === 'opportunity-graph is listening');
  const url = String(line.url);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  return url;
}
