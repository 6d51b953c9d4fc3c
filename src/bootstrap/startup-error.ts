import type { Config } from '../config.js';
import { sourceModules, type SourceKey } from '../sources/registry.js';

interface ListenError {
  code?: string;
  port?: number;
  address?: string;
}

/** The settings that choose a port this process listens on, with their values. */
function portSettings(config: Config): [string, number][] {
  const simulators = sourceModules.flatMap((module) => {
    const listen = module.simulatorListen(config.sources[module.key as SourceKey]);
    return listen ? [[listen.variable, listen.port] as [string, number]] : [];
  });
  const metrics: [string, number][] = config.metrics.port
    ? [['METRICS_PORT', config.metrics.port]]
    : [];
  return [['PORT', config.port], ...metrics, ...simulators];
}

/**
 * A start-up failure in words that name the setting to change. A bare `listen EADDRINUSE` leaves
 * the operator to guess which of up to four listeners it was; the error carries the port, and the
 * config says which setting chose it.
 */
export function describeStartupError(error: unknown, config: Config): string {
  const { code, port, address } = (error ?? {}) as ListenError;
  const setting = portSettings(config).find(([, value]) => value !== 0 && value === port)?.[0];
  const where = `${address ?? config.host}:${port ?? '?'}`;
  switch (code) {
    case 'EADDRINUSE':
      return (
        `port ${port} is already in use (EADDRINUSE on ${where}): ` +
        `stop the process that holds it or set ${setting ?? 'PORT'} to a free port`
      );
    case 'EACCES':
      return (
        `not allowed to listen on ${where} (EACCES): ports below 1024 need privileges; ` +
        `set ${setting ?? 'PORT'} to 1024 or above`
      );
    case 'EADDRNOTAVAIL':
      return `HOST ${config.host} is not an address of this machine (EADDRNOTAVAIL): set HOST`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST ${config.host} does not resolve (${code}): set HOST to an address or name of this machine`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
