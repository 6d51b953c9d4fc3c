import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.js';

export type { Logger } from 'pino';

/**
 * Field names that must never reach a log line even if someone logs a whole object by mistake.
 * Secrets are also Secret instances that print "[redacted]"; this is the second lock.
 */
const REDACT_PATHS = [
  'headers.authorization',
  'headers["x-lsq-accesskey"]',
  'headers["x-lsq-secretkey"]',
  '*.headers.authorization',
  '*.headers["x-lsq-accesskey"]',
  '*.headers["x-lsq-secretkey"]',
  'accessKey',
  'secretKey',
  '*.accessKey',
  '*.secretKey',
  'token',
  '*.token',
  'password',
  '*.password',
];

/** JSON logs to `destination` (stdout by default; tests pass a stream they can read back). */
export function createLogger(level: LogLevel, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'opportunity-graph' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
