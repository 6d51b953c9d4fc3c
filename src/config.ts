/**
 * The only module that reads process.env. `loadConfig` returns a frozen, validated Config or throws
 * a ConfigError that lists every problem, each naming its variable and rule.
 */
import { ConfigError, type Env, EnvReader } from './config/env-reader.js';
import { Secret } from './config/secret.js';

export { ConfigError } from './config/env-reader.js';
export { Secret } from './config/secret.js';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** `simulator`: served by the built-in simulator; `live`: the real upstream. */
export type SourceMode = 'simulator' | 'live';

export interface LeadSquaredConfig {
  readonly mode: SourceMode;
  /** Real API host, e.g. https://api-us11.leadsquared.com/v2/ (unused in simulator mode). */
  readonly baseUrl: string;
  readonly accessKey: Secret | undefined;
  readonly secretKey: Secret | undefined;
  /** Budget for one upstream attempt. */
  readonly timeoutMs: number;
  /** Account-wide quota: LeadSquared counts calls in a sliding window (25 per 5 s on Enterprise). */
  readonly quota: { readonly calls: number; readonly windowMs: number };
  /** Opportunity types listed by Prospect.opportunities and the merged listing. */
  readonly eventCodes: readonly number[];
  /** Which opportunity columns hold the name, stage and amount: they differ between accounts. */
  readonly columns: { readonly name: string; readonly stage: string; readonly amount: string };
  /** Port of the built-in simulator (0: any free port). */
  readonly simulatorPort: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  readonly logLevel: LogLevel;
  /** Deadline for one GraphQL request, retries and quota waits included. */
  readonly requestTimeoutMs: number;
  /** Opportunities per catalog / event code that the simulators seed. */
  readonly simulatorRecords: number;
  readonly sources: { readonly leadSquared: LeadSquaredConfig };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MODES = ['auto', 'simulator', 'live'] as const;

/**
 * A source without credentials runs on its simulator. In production that is only allowed when the
 * operator asked for it explicitly, so a missing secret can never silently turn into demo data.
 */
function resolveMode(
  env: EnvReader,
  prefix: string,
  credentialNames: string[],
  nodeEnv: NodeEnv,
): SourceMode {
  const requested = env.oneOf(`${prefix}_MODE`, MODES, 'auto');
  const present = credentialNames.filter((name) => env.has(name));
  const complete = present.length === credentialNames.length;
  if (present.length > 0 && !complete) {
    env.problems.push(`${credentialNames.join(' and ')} must be set together`);
  }
  if (requested === 'simulator') return 'simulator';
  if (complete) return 'live';
  if (requested === 'live') {
    env.problems.push(`${prefix}_MODE=live requires ${credentialNames.join(' and ')}`);
  } else if (nodeEnv === 'production') {
    env.problems.push(
      `${credentialNames.join(' and ')} are required when NODE_ENV=production ` +
        `(or set ${prefix}_MODE=simulator to serve simulated data on purpose)`,
    );
  }
  return 'simulator';
}

function secret(env: EnvReader, name: string): Secret | undefined {
  const value = env.raw(name);
  return value === undefined ? undefined : new Secret(value);
}

function leadSquared(env: EnvReader, nodeEnv: NodeEnv): LeadSquaredConfig {
  const credentials = ['LEADSQUARED_ACCESS_KEY', 'LEADSQUARED_SECRET_KEY'];
  return {
    mode: resolveMode(env, 'LEADSQUARED', credentials, nodeEnv),
    baseUrl: env.url('LEADSQUARED_BASE_URL', 'https://api.leadsquared.com/v2/'),
    accessKey: secret(env, 'LEADSQUARED_ACCESS_KEY'),
    secretKey: secret(env, 'LEADSQUARED_SECRET_KEY'),
    timeoutMs: env.int('LEADSQUARED_TIMEOUT_MS', 10_000, 100, 120_000),
    quota: {
      calls: env.int('LEADSQUARED_QUOTA_CALLS', 25, 1, 10_000),
      windowMs: env.int('LEADSQUARED_QUOTA_WINDOW_MS', 5_000, 100, 3_600_000),
    },
    eventCodes: env.intList('LEADSQUARED_EVENT_CODES', [12000, 12001, 12003], 1, 99_999_999),
    columns: {
      name: env.identifier('LEADSQUARED_NAME_COLUMN', 'mx_Custom_1'),
      stage: env.identifier('LEADSQUARED_STAGE_COLUMN', 'mx_Custom_2'),
      amount: env.identifier('LEADSQUARED_AMOUNT_COLUMN', 'mx_Custom_3'),
    },
    simulatorPort: env.int('LEADSQUARED_SIMULATOR_PORT', 0, 0, 65_535),
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function loadConfig(source: Env = process.env): Config {
  const env = new EnvReader(source);
  const nodeEnv = env.oneOf(
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const config: Config = {
    port: env.int('PORT', 4000, 0, 65_535),
    host: env.string('HOST', '0.0.0.0'),
    nodeEnv,
    logLevel: env.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    requestTimeoutMs: env.int('REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    simulatorRecords: env.int('SIMULATOR_RECORDS', 1_000, 1, 100_000),
    sources: { leadSquared: leadSquared(env, nodeEnv) },
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
  'REQUEST_TIMEOUT_MS',
  'SIMULATOR_RECORDS',
  'LEADSQUARED_MODE',
  'LEADSQUARED_BASE_URL',
  'LEADSQUARED_ACCESS_KEY',
  'LEADSQUARED_SECRET_KEY',
  'LEADSQUARED_TIMEOUT_MS',
  'LEADSQUARED_QUOTA_CALLS',
  'LEADSQUARED_QUOTA_WINDOW_MS',
  'LEADSQUARED_EVENT_CODES',
  'LEADSQUARED_NAME_COLUMN',
  'LEADSQUARED_STAGE_COLUMN',
  'LEADSQUARED_AMOUNT_COLUMN',
  'LEADSQUARED_SIMULATOR_PORT',
] as const;
