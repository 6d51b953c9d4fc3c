import 'reflect-metadata';
import { startApp, type RunningApp } from './app.js';
import { describeStartupError } from './bootstrap/startup-error.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { loadEnvFile } from './config/env-file.js';
import { createLogger } from './logging/logger.js';

/**
 * Entry: read `.env` -> load config -> build sources -> build server -> listen; stop cleanly on
 * SIGTERM/SIGINT. Start-up failures print one line that names the setting to change and exit 1.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    const fromEnvFile = loadEnvFile('.env');
    config = loadConfig(process.env, { fromEnvFile });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`opportunity-graph: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  if (config.fromEnvFile.length > 0) {
    logger.info({ variables: config.fromEnvFile }, 'read settings from .env');
  }
  // Handlers go in before start-up: a signal that arrives while the sources start must stop the
  // server once it is up, not kill it half-built with the default action.
  let app: RunningApp | undefined;
  let stopping = false;
  const stop = (running: RunningApp) =>
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    if (app) void stop(app);
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    app = await startApp(config, logger);
  } catch (error) {
    const message = describeStartupError(error, config);
    logger.fatal({ reason: message }, 'failed to start');
    process.stderr.write(`opportunity-graph failed to start: ${message}\n`);
    process.exit(1);
  }
  logger.info(
    { url: `${app.url}/graphql`, nodeEnv: config.nodeEnv, node: process.versions.node },
    'opportunity-graph is listening',
  );
  if (stopping) void stop(app);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `opportunity-graph failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
