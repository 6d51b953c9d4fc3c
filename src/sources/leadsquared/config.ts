import { cacheTtlVariables, readCacheTtls, type CacheTtls } from '../../config/cache-ttl.config.js';
import type { EnvReader } from '../../config/env-reader.js';
import { resolveMode, type NodeEnv, type SourceMode } from '../../config/mode.js';
import { Secret } from '../../config/secret.js';

export interface LeadSquaredConfig {
  readonly mode: SourceMode;
  /** Credential variables that turned `auto` live (see ModeChoice). */
  readonly liveBecause: readonly string[];
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
  /** How long reads may be served from the cache (config/cache-ttl.config.ts). */
  readonly cache: CacheTtls;
}

export const LEADSQUARED_VARIABLES = [
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
  ...cacheTtlVariables('LEADSQUARED'),
] as const;

function secret(env: EnvReader, name: string): Secret | undefined {
  const value = env.raw(name);
  return value === undefined ? undefined : new Secret(value);
}

export function readLeadSquaredConfig(env: EnvReader, nodeEnv: NodeEnv): LeadSquaredConfig {
  const keyNames = ['LEADSQUARED_ACCESS_KEY', 'LEADSQUARED_SECRET_KEY'];
  const present = keyNames.filter((name) => env.has(name));
  if (present.length === 1) env.problems.push(`${keyNames.join(' and ')} must be set together`);
  const { mode, liveBecause } = resolveMode(
    env,
    'LEADSQUARED',
    {
      present: present.length === keyNames.length,
      variables: keyNames,
      describe: `${keyNames.join(' and ')} are`,
    },
    nodeEnv,
  );
  if (mode === 'live' && present.length === 0) {
    env.problems.push(`LEADSQUARED_MODE=live requires ${keyNames.join(' and ')}`);
  }
  return {
    mode,
    liveBecause,
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
    cache: readCacheTtls(env, 'LEADSQUARED'),
  };
}
