import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogFormat, LogLevel } from '../config.js';
import { sourceModules } from '../sources/registry.js';
import { logTraceFields } from '../telemetry/tracing/log-trace-fields.js';

export type { Logger } from 'pino';

/**
 * Field names that must never reach a log line even if someone logs a whole object by mistake.
 * Secrets are also Secret instances that print "[redacted]"; this is the second lock.
 */
const REDACT_PATHS = [
  'headers.authorization',
  '*.headers.authorization',
  // Each source module adds the fields that carry its own keys (src/sources/<source>/index.ts).
  ...sourceModules.flatMap((module) => module.redactPaths),
  'token',
  '*.token',
  'password',
  '*.password',
];

/**
 * Logs to `destination` (stdout by default; tests pass a stream they can read back): JSON lines, or
 * with `pretty` one coloured line per entry for a person. Redaction runs in pino before either
 * format, so pretty output hides the same fields. pino-pretty runs as a stream in this thread, not
 * as a pino transport worker, so that the last lines before an exit are not lost.
 */
export function createLogger(
  level: LogLevel,
  destination?: NodeJS.WritableStream,
  format: LogFormat = 'json',
): Logger {
  const options = {
    level,
    base: { service: 'opportunity-graph' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // trace_id and span_id of the active span, when tracing is on (src/telemetry/tracing).
    mixin: logTraceFields,
  };
  if (format === 'pretty') {
    const pretty = PinoPretty({
      destination: destination ?? 1,
      colorize: destination === undefined && process.stdout.isTTY,
      ignore: 'pid,hostname,service',
      translateTime: 'SYS:HH:MM:ss.l',
      sync: true,
    });
    return pino(options, pretty);
  }
  return destination ? pino(options, destination) : pino(options);
}
