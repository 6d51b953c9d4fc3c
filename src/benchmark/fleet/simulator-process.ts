import { existsSync } from 'node:fs';
import path from 'node:path';
import { sourceModules, type SourceKey } from '../../sources/registry.js';
import { freePort } from './free-port.js';
import { spawnGroup, type SpawnedGroup } from './spawn-group.js';

/**
 * Every source's simulator in a process of its own (`npm run simulators`), as replicas of the app
 * meet one upstream account: each replica reaches it over HTTP and none owns it. Each simulator
 * takes a free port; the URLs come from the "listening on" lines the runner prints (its output
 * holds names and URLs only: it never prints keys).
 */
export interface SimulatorProcess extends Pick<SpawnedGroup, 'output' | 'stop'> {
  /** Base URL of each source's simulator, `http://127.0.0.1:<port>` (no trailing slash). */
  readonly urls: Readonly<Record<SourceKey, string>>;
}

export interface SimulatorProcessOptions {
  /** Variables the simulators read (SIMULATOR_RECORDS, keys, quotas); ports are added here. */
  readonly env: Record<string, string>;
  /** The repository root, where dist/simulators/run.js is built (default: the working directory). */
  readonly cwd?: string;
  readonly readyWithinMs?: number;
}

const ATTEMPTS = 3;

/** `<SOURCE>_SIMULATOR_PORT` of each module, from the variables the module itself declares. */
function portVariable(key: SourceKey): string {
  const module = sourceModules.find((candidate) => candidate.key === key)!;
  const variable = module.variables.find((name) => name.endsWith('_SIMULATOR_PORT'));
  if (!variable) throw new Error(`the ${module.label} module declares no *_SIMULATOR_PORT`);
  return variable;
}

export async function startSimulatorProcess(
  options: SimulatorProcessOptions,
): Promise<SimulatorProcess> {
  const cwd = options.cwd ?? process.cwd();
  const runner = path.join(cwd, 'dist', 'simulators', 'run.js');
  // --ignore-scripts skips the prebuild: tests and the bench run on what `npm run build` made.
  if (!existsSync(runner)) throw new Error(`${runner} does not exist: run npm run build`);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spawnOnce(cwd, options);
    } catch (error) {
      const taken = String((error as Error).message).includes('EADDRINUSE');
      if (!taken || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function spawnOnce(cwd: string, options: SimulatorProcessOptions): Promise<SimulatorProcess> {
  const keys = sourceModules.map((module) => module.key as SourceKey);
  const ports = new Map<SourceKey, number>();
  for (const key of keys) ports.set(key, await freePort());
  const env = {
    ...options.env,
    ...Object.fromEntries(keys.map((key) => [portVariable(key), String(ports.get(key))])),
  };
  // npm puts node_modules/.bin first on PATH, so `node` in the script is the project's Node 24.
  const run = spawnGroup('npm', ['run', 'simulators', '--silent', '--ignore-scripts'], {
    cwd,
    env,
  });
  const urls = await new Promise<Record<SourceKey, string>>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(`did not print every "listening on" within ${options.readyWithinMs ?? 30_000} ms`),
      options.readyWithinMs ?? 30_000,
    );
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`npm run simulators ${why}:\n${run.output()}`));
    };
    const check = () => {
      const found = new Map<number, string>();
      for (const match of run.output().matchAll(/simulator listening on (http:\/\/\S+)/g)) {
        found.set(Number(new URL(match[1]!).port), match[1]!.replace(/\/$/, ''));
      }
      if (keys.every((key) => found.has(ports.get(key)!))) {
        clearTimeout(timer);
        resolve(Object.fromEntries(keys.map((key) => [key, found.get(ports.get(key)!)!])) as never);
      }
    };
    run.onOutput(check);
    check();
    void run.exited.then(() => fail('exited before every simulator was listening'));
  }).catch(async (error: unknown) => {
    await run.stop();
    throw error;
  });
  return { urls, output: run.output, stop: run.stop };
}
