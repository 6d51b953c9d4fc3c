import {
  context,
  diag,
  DiagLogLevel,
  logs,
  propagation,
  trace,
  type DiagLogger,
} from '@opentelemetry/api';
import type { DiagLevelName, TracingConfig } from '../../config/tracing.config.js';
import { TRACER_NAME } from '../../core/telemetry/trace-spans.js';
import type { UpstreamObserver } from '../../core/telemetry/upstream-observer.js';
import type { Logger } from '../../logging/logger.js';
import { upstreamSpans } from './upstream-spans.js';

/** Tracing of one running app: its upstream subscriber, and the shutdown that flushes it. */
export interface AppTracing {
  /** Upstream attempt spans, for the app's UpstreamObserver. */
  readonly observer: UpstreamObserver;
  /** Exports what is left, then unregisters the SDK so that another app may start its own. */
  shutdown(): Promise<void>;
}

/** The SDK registers process-wide (context manager, propagator, provider): one app at a time. */
let started = false;

const DIAG_LEVELS: Record<DiagLevelName, DiagLogLevel> = {
  none: DiagLogLevel.NONE,
  error: DiagLogLevel.ERROR,
  warn: DiagLogLevel.WARN,
  info: DiagLogLevel.INFO,
  debug: DiagLogLevel.DEBUG,
  verbose: DiagLogLevel.VERBOSE,
  all: DiagLogLevel.ALL,
};

/**
 * Starts @opentelemetry/sdk-node's NodeSDK when an `OTEL_*` variable asks for traces; else
 * nothing at all, and every span helper stays a no-op. The SDK reads the variables itself: the
 * exporter (OTLP over http/protobuf by default, http/json, grpc; console; zipkin), its endpoint and
 * headers, the sampler, the batch processor's delays, the propagators, the resource. Only traces:
 * metrics are served at /metrics, logs are the JSON lines on stdout (carrying the trace ids), so
 * OTLP metrics and logs are off whatever OTEL_METRICS_EXPORTER and OTEL_LOGS_EXPORTER say. No
 * instrumentation library (see core/telemetry/trace-spans.ts). The SDK's own messages (a failed
 * export, a bad value) become log lines of component `opentelemetry`, from OTEL_LOG_LEVEL.
 */
export async function startTracing(
  config: TracingConfig,
  logger: Logger,
): Promise<AppTracing | undefined> {
  const log = logger.child({ component: 'opentelemetry' });
  if (!config.enabled) {
    log.debug('tracing off: no OTEL_* variable asks for traces');
    return undefined;
  }
  if (started) {
    throw new Error(
      'tracing is already on for another app in this process: stop it before starting this one',
    );
  }
  started = true; // before the import: two apps starting at once must not both get the SDK
  let sdk: import('@opentelemetry/sdk-node').NodeSDK;
  try {
    // Loaded only when tracing is on: the SDK and its exporters add about 20 MB to our process.
    const { NodeSDK } = await import('@opentelemetry/sdk-node');
    sdk = new NodeSDK({
      metricReaders: [],
      logRecordProcessors: [],
      ...(config.serviceNameSet ? {} : { serviceName: TRACER_NAME }),
    });
    sdk.start();
  } catch (error) {
    started = false;
    throw error;
  }
  // After start: NodeSDK sets a console logger of its own when OTEL_LOG_LEVEL is set.
  diag.setLogger(diagToLog(log), {
    logLevel: DIAG_LEVELS[config.diagLevel],
    suppressOverrideMessage: true,
  });
  log.info(
    { tracing: 'on', enabledBy: config.enabledBy },
    'tracing on: spans are exported as the OTEL_* variables say',
  );
  return {
    observer: upstreamSpans(),
    async shutdown() {
      try {
        await sdk.shutdown();
      } finally {
        trace.disable();
        propagation.disable();
        context.disable();
        logs.disable();
        diag.disable();
        started = false;
      }
    },
  };
}

function diagToLog(log: Logger): DiagLogger {
  return {
    error: (message, ...args) => log.error({ details: args.map(String) }, message),
    warn: (message, ...args) => log.warn({ details: args.map(String) }, message),
    info: (message, ...args) => log.info({ details: args.map(String) }, message),
    debug: (message, ...args) => log.debug({ details: args.map(String) }, message),
    verbose: (message, ...args) => log.trace({ details: args.map(String) }, message),
  };
}
