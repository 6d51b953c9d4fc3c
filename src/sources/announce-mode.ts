import type { SourceMode } from '../config/mode.js';
import type { Logger } from '../logging/logger.js';

export interface ModeAnnouncement {
  source: string;
  label: string;
  mode: SourceMode;
  /** Credential variables that turned `auto` live; empty when the mode was asked for. */
  liveBecause: readonly string[];
  /** Variables that came from `.env` rather than the environment. */
  fromEnvFile: readonly string[];
  /** The simulator's URL in simulator mode. */
  url?: string;
}

/**
 * Says at start which way a source runs, and why. Going live because credentials happened to be
 * in the shell (an AWS profile exported for another tool, say) is easy to miss, so it is a warning
 * naming the variables and where each came from; from `.env`, the operator put them there for this
 * service, so it is info. Only names are logged, never values.
 */
export function announceMode(logger: Logger, announcement: ModeAnnouncement): void {
  const { source, label, mode, liveBecause, fromEnvFile, url } = announcement;
  if (mode === 'simulator') {
    logger.info(
      { source, mode, url },
      `${label} has no credentials: serving the built-in simulator`,
    );
    return;
  }
  if (liveBecause.length === 0) {
    logger.info({ source, mode }, `${label}: live upstream (${source}_MODE=live)`);
    return;
  }
  const credentials = liveBecause.map((name) => ({
    name,
    from: fromEnvFile.includes(name) ? '.env' : 'environment',
  }));
  const fromEnvironment = credentials.some((item) => item.from === 'environment');
  logger[fromEnvironment ? 'warn' : 'info'](
    { source, mode, credentials },
    `${label}: live upstream, because credentials were found (${liveBecause.join(', ')}); ` +
      `set ${source}_MODE=simulator to use the built-in simulator instead`,
  );
}
