/**
 * `npm run simulators`: starts every configured simulator on a fixed port and keeps them up until
 * SIGINT/SIGTERM. Prints names and URLs only; keys are never printed.
 */
import { loadConfig } from '../config.js';
import { configuredSimulators } from './configured-simulators.js';

async function main(): Promise<void> {
  const simulators = configuredSimulators(loadConfig(process.env));
  const started: typeof simulators = [];
  const stopAll = () => Promise.all(started.map(({ server }) => server.stop()));
  try {
    for (const simulator of simulators) {
      const url = await simulator.server.start(simulator.port);
      started.push(simulator);
      process.stdout.write(`${simulator.server.name} simulator listening on ${url}\n`);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal} received, stopping simulators\n`);
    stopAll().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`failed to stop simulators: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
