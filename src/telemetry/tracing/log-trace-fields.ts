import { context, isSpanContextValid, trace } from '@opentelemetry/api';

/** What a log line carries to join its trace: the names of OpenTelemetry's log data model. */
export interface LogTraceFields {
  trace_id?: string;
  span_id?: string;
  trace_flags?: string;
}

/**
 * The pino mixin: the trace and span ids of the span active where the line is written (the
 * operation, a loader batch, an upstream attempt), as @opentelemetry/instrumentation-pino writes
 * them. Nothing without tracing: no SDK, no active context, no span.
 */
export function logTraceFields(): LogTraceFields {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId, traceFlags } = span.spanContext();
  if (!isSpanContextValid({ traceId, spanId, traceFlags })) return {};
  return { trace_id: traceId, span_id: spanId, trace_flags: `0${traceFlags.toString(16)}` };
}
