import { cacheTtlVariables, readCacheTtls, type CacheTtls } from '../../config/cache-ttl.config.js';
import type { EnvReader } from '../../config/env-reader.js';
import { resolveMode, type NodeEnv, type SourceMode } from '../../config/mode.js';
import { Secret } from '../../config/secret.js';

/**
 * How the client gets its Salesforce access token
 * (docs/upstreams/account-engagement.md#token-endpoint): a refresh token of a connected app, or a
 * JWT signed with the connected app's certificate key (server-to-server, no user).
 */
export type AccountEngagementGrant =
  | { readonly kind: 'refresh_token'; readonly refreshToken: Secret }
  | { readonly kind: 'jwt_bearer'; readonly username: string; readonly privateKey: Secret };

export interface AccountEngagementConfig {
  readonly mode: SourceMode;
  /** Credential variables that turned `auto` live (see ModeChoice). */
  readonly liveBecause: readonly string[];
  /** https://pi.pardot.com (production, training) or https://pi.demo.pardot.com (developer, sandbox). */
  readonly baseUrl: string;
  /** https://login.salesforce.com, https://test.salesforce.com (sandboxes) or the org's My Domain. */
  readonly loginUrl: string;
  /** 4 for business units that allow several prospects per email address (AMPSEA), else 3. */
  readonly apiVersion: 3 | 4;
  /** `xml` (the API's default, parsed with fast-xml-parser) or `json`. */
  readonly format: 'xml' | 'json';
  readonly businessUnitId: string | undefined;
  readonly clientId: string | undefined;
  readonly clientSecret: Secret | undefined;
  readonly grant: AccountEngagementGrant | undefined;
  readonly timeoutMs: number;
  /** Requests in flight per business unit (the API answers error 66 beyond 5). */
  readonly maxConcurrent: number;
  /** The business unit's daily API call allowance, counted per UTC day across the fleet. */
  readonly dailyCalls: number;
  readonly simulatorPort: number;
  /**
   * Whether the simulated business unit lets prospects share an email address (AMPSEA). True, as
   * the demo unit has: version 4 is served and version 3 answers error 88. False: every email is
   * unique, version 3 is served and version 4 answers error 89.
   */
  readonly simulatorSharedEmails: boolean;
  /** How long reads may be served from the cache (config/cache-ttl.config.ts). */
  readonly cache: CacheTtls;
}

export const ACCOUNT_ENGAGEMENT_VARIABLES = [
  'ACCOUNT_ENGAGEMENT_MODE',
  'ACCOUNT_ENGAGEMENT_BASE_URL',
  'ACCOUNT_ENGAGEMENT_LOGIN_URL',
  'ACCOUNT_ENGAGEMENT_API_VERSION',
  'ACCOUNT_ENGAGEMENT_FORMAT',
  'ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID',
  'ACCOUNT_ENGAGEMENT_CLIENT_ID',
  'ACCOUNT_ENGAGEMENT_CLIENT_SECRET',
  'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN',
  'ACCOUNT_ENGAGEMENT_USERNAME',
  'ACCOUNT_ENGAGEMENT_PRIVATE_KEY',
  'ACCOUNT_ENGAGEMENT_TIMEOUT_MS',
  'ACCOUNT_ENGAGEMENT_MAX_CONCURRENT',
  'ACCOUNT_ENGAGEMENT_DAILY_CALLS',
  'ACCOUNT_ENGAGEMENT_SIMULATOR_PORT',
  'ACCOUNT_ENGAGEMENT_SIMULATOR_SHARED_EMAILS',
  ...cacheTtlVariables('ACCOUNT_ENGAGEMENT'),
] as const;

/** 18 characters starting with 0Uv (docs/upstreams/account-engagement.md#api-headers). */
const BUSINESS_UNIT_ID = /^0Uv[A-Za-z0-9]{15}$/;

function secret(env: EnvReader, name: string): Secret | undefined {
  const value = env.raw(name);
  // A PEM key pasted into one line keeps its line breaks as "\n".
  return value === undefined ? undefined : new Secret(value.replace(/\\n/g, '\n'));
}

function grantOf(env: EnvReader): AccountEngagementGrant | undefined {
  const refreshToken = secret(env, 'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN');
  const username = env.raw('ACCOUNT_ENGAGEMENT_USERNAME');
  const privateKey = secret(env, 'ACCOUNT_ENGAGEMENT_PRIVATE_KEY');
  if (refreshToken && (username || privateKey)) {
    env.problems.push(
      'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN and ACCOUNT_ENGAGEMENT_USERNAME/ACCOUNT_ENGAGEMENT_PRIVATE_KEY choose different grants: set one of them',
    );
    return undefined;
  }
  if (refreshToken) return { kind: 'refresh_token', refreshToken };
  if (username && privateKey) return { kind: 'jwt_bearer', username, privateKey };
  if (username || privateKey) {
    env.problems.push(
      'ACCOUNT_ENGAGEMENT_USERNAME and ACCOUNT_ENGAGEMENT_PRIVATE_KEY must be set together',
    );
  }
  return undefined;
}

export function readAccountEngagementConfig(
  env: EnvReader,
  nodeEnv: NodeEnv,
): AccountEngagementConfig {
  const grant = grantOf(env);
  const clientId = env.raw('ACCOUNT_ENGAGEMENT_CLIENT_ID');
  const clientSecret = secret(env, 'ACCOUNT_ENGAGEMENT_CLIENT_SECRET');
  const businessUnitId = env.raw('ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID');
  const { mode, liveBecause } = resolveMode(
    env,
    'ACCOUNT_ENGAGEMENT',
    {
      present: grant !== undefined,
      variables: [
        'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN',
        'ACCOUNT_ENGAGEMENT_USERNAME',
        'ACCOUNT_ENGAGEMENT_PRIVATE_KEY',
      ],
      describe:
        'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN (or ACCOUNT_ENGAGEMENT_USERNAME and ACCOUNT_ENGAGEMENT_PRIVATE_KEY) is',
    },
    nodeEnv,
  );
  if (mode === 'live') {
    const missing = [
      grant
        ? undefined
        : 'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN (or ACCOUNT_ENGAGEMENT_USERNAME and ACCOUNT_ENGAGEMENT_PRIVATE_KEY)',
      clientId ? undefined : 'ACCOUNT_ENGAGEMENT_CLIENT_ID',
      grant?.kind === 'refresh_token' && !clientSecret
        ? 'ACCOUNT_ENGAGEMENT_CLIENT_SECRET'
        : undefined,
      businessUnitId ? undefined : 'ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID',
    ].filter((name) => name !== undefined);
    if (missing.length > 0)
      env.problems.push(`Account Engagement in live mode needs ${missing.join(', ')}`);
  }
  if (businessUnitId !== undefined && !BUSINESS_UNIT_ID.test(businessUnitId)) {
    env.problems.push(
      'ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID must be 18 characters starting with 0Uv',
    );
  }
  return {
    mode,
    liveBecause,
    baseUrl: env.url('ACCOUNT_ENGAGEMENT_BASE_URL', 'https://pi.pardot.com/'),
    loginUrl: env.url('ACCOUNT_ENGAGEMENT_LOGIN_URL', 'https://login.salesforce.com/'),
    apiVersion: Number(env.oneOf('ACCOUNT_ENGAGEMENT_API_VERSION', ['3', '4'] as const, '4')) as
      3 | 4,
    format: env.oneOf('ACCOUNT_ENGAGEMENT_FORMAT', ['xml', 'json'] as const, 'xml'),
    businessUnitId,
    clientId,
    clientSecret,
    grant,
    timeoutMs: env.int('ACCOUNT_ENGAGEMENT_TIMEOUT_MS', 10_000, 100, 120_000),
    maxConcurrent: env.int('ACCOUNT_ENGAGEMENT_MAX_CONCURRENT', 5, 1, 5),
    dailyCalls: env.int('ACCOUNT_ENGAGEMENT_DAILY_CALLS', 100_000, 1, 10_000_000),
    simulatorPort: env.int('ACCOUNT_ENGAGEMENT_SIMULATOR_PORT', 0, 0, 65_535),
    simulatorSharedEmails:
      env.oneOf(
        'ACCOUNT_ENGAGEMENT_SIMULATOR_SHARED_EMAILS',
        ['true', 'false'] as const,
        'true',
      ) === 'true',
    cache: readCacheTtls(env, 'ACCOUNT_ENGAGEMENT'),
  };
}
