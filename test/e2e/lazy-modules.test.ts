import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * Packages the server loads only when a setting asks for them, because they cost memory for
 * nothing otherwise (docs/deploy.md#memory): node-redis only with REDIS_URL, the OpenTelemetry
 * SDK only with an OTEL_* variable. A child process starts the built server on its simulators and
 * reports every file it loaded.
 */
const ROOT = process.cwd();
const APP = path.join(ROOT, 'dist', 'app.js');
const CONFIG = path.join(ROOT, 'dist', 'config.js');
const LOGGER = path.join(ROOT, 'dist', 'logging', 'logger.js');

const CHILD = `
import { registerHooks } from 'node:module';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
await import('reflect-metadata');
const { startApp } = await import(${JSON.stringify(APP)});
const { loadConfig } = await import(${JSON.stringify(CONFIG)});
const { createLogger } = await import(${JSON.stringify(LOGGER)});
const app = await startApp(loadConfig(process.env), createLogger('silent'));
const answer = await fetch(app.url + '/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ opportunities(first: 3) { nodes { id } } }' }),
});
const body = await answer.json();
await app.stop();
process.stdout.write(JSON.stringify({ nodes: body.data.opportunities.nodes.length, loaded }));
`;

async function loadedBy(env: Record<string, string>): Promise<{ nodes: number; loaded: string[] }> {
  if (!existsSync(APP)) throw new Error(`${APP} does not exist: run npm run build`);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', CHILD],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...env } },
  );
  return JSON.parse(stdout) as { nodes: number; loaded: string[] };
}

const fromPackage = (loaded: readonly string[], name: string) =>
  loaded.filter((url) => url.includes(`/node_modules/${name}/`));

describe('packages loaded only when a setting asks', () => {
  it('serves without loading node-redis or the OpenTelemetry SDK when nothing is configured', async () => {
    const { nodes, loaded } = await loadedBy({});
    expect(nodes).toBe(3);
    // The server did load its own code and its libraries: the hook saw them.
    expect(fromPackage(loaded, 'graphql').length).toBeGreaterThan(0);
    expect(fromPackage(loaded, '@redis/client')).toEqual([]);
    expect(fromPackage(loaded, 'redis')).toEqual([]);
    expect(fromPackage(loaded, '@opentelemetry/sdk-node')).toEqual([]);
  }, 30_000);

  it('loads node-redis once REDIS_URL is set, even with Redis unreachable', async () => {
    // Nothing listens on port 1: the replica serves on its local state meanwhile.
    const { nodes, loaded } = await loadedBy({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(nodes).toBe(3);
    expect(fromPackage(loaded, '@redis/client').length).toBeGreaterThan(0);
  }, 30_000);
});
