import type { EnvReader } from './env-reader.js';

/**
 * OpenTelemetry tracing, configured only by the standard `OTEL_*` variables. The SDK reads them
 * itself (from the process environment); this module reads the same names to decide whether to
 * start it at all, to refuse values the SDK would silently replace by its defaults (a typo in the
 * protocol would send spans nowhere), and to say at start which variables turned tracing on.
 */
export interface TracingConfig {
  /** Some variable below asks for spans, and neither `OTEL_SDK_DISABLED` nor `none` refuses. */
  readonly enabled: boolean;
  /** Names (never values) of the variables that turned tracing on. */
  readonly enabledBy: readonly string[];
  /** `OTEL_SERVICE_NAME`, else a `service.name` in `OTEL_RESOURCE_ATTRIBUTES`; else ours. */
  readonly serviceNameSet: boolean;
  /** The SDK's diagnostic messages (failed exports...) go to our log from this level. */
  readonly diagLevel: DiagLevelName;
}

/** Any of these set turns tracing on. */
const SWITCHES = [
  'OTEL_TRACES_EXPORTER',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
  'OTEL_SERVICE_NAME',
  'OTEL_TRACES_SAMPLER',
  'OTEL_TRACES_SAMPLER_ARG',
] as const;

export const TRACING_VARIABLES = [
  ...SWITCHES,
  'OTEL_SDK_DISABLED',
  'OTEL_RESOURCE_ATTRIBUTES',
  'OTEL_LOG_LEVEL',
] as const;

/** What @opentelemetry/sdk-node 0.301 builds from OTEL_TRACES_EXPORTER. */
const EXPORTERS = ['otlp', 'zipkin', 'console', 'none'] as const;
const PROTOCOLS = ['http/protobuf', 'http/json', 'grpc'] as const;
const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
const DIAG_LEVELS = ['none', 'error', 'warn', 'info', 'debug', 'verbose', 'all'] as const;
export type DiagLevelName = (typeof DIAG_LEVELS)[number];

export function readTracingConfig(env: EnvReader): TracingConfig {
  const exporters = readExporters(env);
  for (const name of ['OTEL_EXPORTER_OTLP_PROTOCOL', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL'])
    env.oneOf(name, PROTOCOLS, 'http/protobuf');
  // Read for their rules only: the SDK takes the values from the environment itself.
  env.url('OTEL_EXPORTER_OTLP_ENDPOINT', '');
  env.url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', '');
  env.oneOf('OTEL_TRACES_SAMPLER', SAMPLERS, 'parentbased_always_on');
  env.number('OTEL_TRACES_SAMPLER_ARG', 1, 0, 1);
  const disabled = lowerOneOf(env, 'OTEL_SDK_DISABLED', ['true', 'false'] as const, 'false');
  const enabledBy = SWITCHES.filter((name) => env.has(name));
  const serviceNameSet =
    env.has('OTEL_SERVICE_NAME') ||
    /(^|,)\s*service\.name\s*=/.test(env.string('OTEL_RESOURCE_ATTRIBUTES', ''));
  const diagLevel = lowerOneOf(env, 'OTEL_LOG_LEVEL', DIAG_LEVELS, 'info');
  return {
    enabled: enabledBy.length > 0 && disabled === 'false' && !exporters.includes('none'),
    enabledBy,
    serviceNameSet,
    diagLevel,
  };
}

/** A comma-separated list of known exporters; `none` alone, since it means "no spans". */
function readExporters(env: EnvReader): readonly string[] {
  const value = env.raw('OTEL_TRACES_EXPORTER');
  if (value === undefined) return ['otlp'];
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(EXPORTERS as readonly string[]).includes(name));
  if (unknown.length > 0 || (names.includes('none') && names.length > 1)) {
    env.problems.push(
      `OTEL_TRACES_EXPORTER must be a comma-separated list of ${EXPORTERS.slice(0, 3).join(', ')}` +
        `, or none alone (got "${value}")`,
    );
    return ['none'];
  }
  return names;
}

/** The SDK reads these two without regard to case (`TRUE`, `WARN`). */
function lowerOneOf<T extends string>(
  env: EnvReader,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = env.raw(name)?.toLowerCase();
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  env.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${env.raw(name)}")`);
  return fallback;
}
