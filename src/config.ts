/**
 * The only module that reads process.env. `loadConfig` returns a frozen, validated Config or throws
 * a ConfigError that lists every problem, each naming its variable and rule.
 */
import { ConfigError, type Env, EnvReader } from './config/env-reader.js';
import { HTTP_VARIABLES, readHttpConfig, type HttpConfig } from './config/http.config.js';
import { byModule, sourceModules, type SourceConfigs } from './sources/registry.js';
import type { NodeEnv } from './config/mode.js';
import { Secret } from './config/secret.js';
import { AUTH_VARIABLES, readAuthConfig, type AuthConfig } from './config/auth.config.js';
import { LIMITS_VARIABLES, readQueryLimits, type QueryLimits } from './config/limits.config.js';
import {
  CALLER_LIMITS_VARIABLES,
  readCallerLimitsConfig,
  type CallerLimitsConfig,
} from './config/caller-limits.config.js';
import {
  readSharedStateConfig,
  SHARED_STATE_VARIABLES,
  type SharedStateConfig,
} from './config/shared-state.config.js';
import {
  METRICS_VARIABLES,
  readMetricsConfig,
  type MetricsConfig,
} from './config/metrics.config.js';

import {
  readTracingConfig,
  TRACING_VARIABLES,
  type TracingConfig,
} from './config/tracing.config.js';

export { ConfigError } from './config/env-reader.js';
export { Secret } from './config/secret.js';

export type { NodeEnv, SourceMode } from './config/mode.js';
export type { SourceConfigs } from './sources/registry.js';
export type { AuthConfig } from './config/auth.config.js';
export type { QueryLimits } from './config/limits.config.js';
export type { CallerLimitsConfig } from './config/caller-limits.config.js';
export type { SharedStateConfig } from './config/shared-state.config.js';
export type { TracingConfig } from './config/tracing.config.js';
export type { MetricsConfig } from './config/metrics.config.js';
export type { GraphqlExplorer, HttpConfig } from './config/http.config.js';
export type LogFormat = 'json' | 'pretty';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  readonly logLevel: LogLevel;
  /** `json` lines for machines (the default), `pretty` (pino-pretty) for a person at a terminal. */
  readonly logFormat: LogFormat;
  /** Names (never values) of the variables that came from the `.env` file, not the environment. */
  readonly fromEnvFile: readonly string[];
  /** Deadline for one GraphQL request, retries and quota waits included. */
  readonly requestTimeoutMs: number;
  /** Opportunities per catalog / event code that the simulators seed. */
  readonly simulatorRecords: number;
  /** CORS origins and the explorer served at GET /graphql. */
  readonly http: HttpConfig;
  /** Who may call: Bearer JWTs checked against a JWKS, or nobody checked (`none`). */
  readonly auth: AuthConfig;
  /** What one operation may cost and how deep, wide and long its document may be. */
  readonly limits: QueryLimits;
  /** Each verified caller's request rate and share of every source's quota. */
  readonly callerLimits: CallerLimitsConfig;
  /** Redis (or this process alone), the local quota share and the cache bounds. */
  readonly sharedState: SharedStateConfig;
  /** OpenTelemetry traces: on when an `OTEL_*` variable asks (the SDK reads their values). */
  readonly tracing: TracingConfig;
  /** GET /metrics (Prometheus): whether it answers, and on which port. */
  readonly metrics: MetricsConfig;
  /** Each source module's own part (src/sources/<source>/config.ts), keyed by module. */
  readonly sources: SourceConfigs;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export interface LoadOptions {
  /** Variables that loadEnvFile put into the environment (see config/env-file.ts). */
  readonly fromEnvFile?: readonly string[];
}

export function loadConfig(source: Env = process.env, options: LoadOptions = {}): Config {
  const env = new EnvReader(source);
  const nodeEnv = env.oneOf(
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const port = env.int('PORT', 4000, 0, 65_535);
  const config: Config = {
    port,
    host: env.string('HOST', '0.0.0.0'),
    nodeEnv,
    logLevel: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: env.oneOf('LOG_FORMAT', ['json', 'pretty'] as const, 'json'),
    fromEnvFile: [...(options.fromEnvFile ?? [])],
    requestTimeoutMs: env.int('REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    simulatorRecords: env.int('SIMULATOR_RECORDS', 1_000, 1, 100_000),
    http: readHttpConfig(env, nodeEnv),
    auth: readAuthConfig(env, nodeEnv),
    limits: readQueryLimits(env),
    callerLimits: readCallerLimitsConfig(env),
    sharedState: readSharedStateConfig(env),
    tracing: readTracingConfig(env),
    metrics: readMetricsConfig(env, nodeEnv, port),
    sources: byModule((module) => module.readConfig(env, nodeEnv) as unknown) as SourceConfigs,
  };
  if (env.problems.length > 0) throw new ConfigError(env.problems);
  return deepFreeze(config);
}

/** Every variable loadConfig reads, for the README table test. */
export const CONFIG_VARIABLES = [
  'PORT',
  'HOST',
  'NODE_ENV',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'REQUEST_TIMEOUT_MS',
  'SIMULATOR_RECORDS',
  ...HTTP_VARIABLES,
  ...AUTH_VARIABLES,
  ...LIMITS_VARIABLES,
  ...CALLER_LIMITS_VARIABLES,
  ...SHARED_STATE_VARIABLES,
  ...TRACING_VARIABLES,
  ...METRICS_VARIABLES,
  ...sourceModules.flatMap((module) => module.variables),
];
