import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { sourceModules } from '../../src/sources/registry.js';
import { killAll, spawnRun, waitForOutput } from '../support/process-run.js';

/**
 * `npm run simulators` (dist/simulators/run.js) is built from the registry: one simulator per
 * source module, each on the port its *_SIMULATOR_PORT variable gives, until SIGTERM.
 */
const ROOT = process.cwd();
const RUN = path.join(ROOT, 'dist', 'simulators', 'run.js');
const E2E_TIMEOUT_MS = 30_000;

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

afterEach(killAll);

describe('npm run simulators', () => {
  it(
    'starts every source module’s simulator on its configured port and stops on SIGTERM',
    async () => {
      if (!existsSync(RUN)) throw new Error(`${RUN} does not exist: run npm run build`);
      const ports = {
        LEADSQUARED_SIMULATOR_PORT: await freePort(),
        PARTNER_CENTRAL_SIMULATOR_PORT: await freePort(),
        ACCOUNT_ENGAGEMENT_SIMULATOR_PORT: await freePort(),
      };
      const run = spawnRun(process.execPath, [RUN], {
        cwd: ROOT,
        env: Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
      });
      const urls = await waitForOutput(run, () => {
        const found = [...run.stdout().matchAll(/simulator listening on (http:\/\/\S+)/g)];
        return found.length === sourceModules.length ? found.map((match) => match[1]!) : undefined;
      });

      expect(urls.map((url) => Number(new URL(url).port)).sort()).toEqual(
        Object.values(ports).sort(),
      );
      for (const url of urls) {
        const response = await fetch(`${url}/__simulator/requests`);
        expect(response.status).toBe(200);
        // The control route answers with the (empty) request log of a simulator, not an app.
        expect(await response.json()).toEqual({ requests: [] });
      }

      run.child.kill('SIGTERM');
      expect(await run.exited).toEqual({ code: 0, signal: null });
    },
    E2E_TIMEOUT_MS,
  );
});
