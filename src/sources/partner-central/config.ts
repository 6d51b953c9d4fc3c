import { cacheTtlVariables, readCacheTtls, type CacheTtls } from '../../config/cache-ttl.config.js';
import type { EnvReader } from '../../config/env-reader.js';
import { resolveMode, type NodeEnv, type SourceMode } from '../../config/mode.js';

/**
 * As the upstream spells them (`AWS` production data, `Sandbox` test data:
 * docs/upstreams/partner-central.md#catalogs).
 */
export type PartnerCentralCatalog = 'AWS' | 'Sandbox';

export interface PartnerCentralConfig {
  readonly mode: SourceMode;
  /** Credential variables that turned `auto` live (see ModeChoice). */
  readonly liveBecause: readonly string[];
  /**
   * Signing region; the service lives in us-east-1
   * (docs/upstreams/partner-central.md#protocol-and-endpoint).
   */
  readonly region: string;
  /** Endpoint override for live mode (e.g. a VPC endpoint); undefined uses the SDK's rules. */
  readonly endpoint: string | undefined;
  /** Catalogs the merged listing reads. */
  readonly catalogs: readonly PartnerCentralCatalog[];
  /** Budget for one upstream attempt. */
  readonly timeoutMs: number;
  /** Multiplies the published per-operation quotas (AWS raises them per account on request). */
  readonly quotaScale: number;
  /** Port of the built-in simulator (0: any free port). */
  readonly simulatorPort: number;
  /** How long reads may be served from the cache (config/cache-ttl.config.ts). */
  readonly cache: CacheTtls;
  /** How long a simulated task takes to finish. */
  readonly simulatorTaskDurationMs: number;
}

export const PARTNER_CENTRAL_VARIABLES = [
  'PARTNER_CENTRAL_MODE',
  'PARTNER_CENTRAL_REGION',
  'PARTNER_CENTRAL_ENDPOINT',
  'PARTNER_CENTRAL_CATALOGS',
  'PARTNER_CENTRAL_TIMEOUT_MS',
  'PARTNER_CENTRAL_QUOTA_SCALE',
  'PARTNER_CENTRAL_SIMULATOR_PORT',
  'PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS',
  ...cacheTtlVariables('PARTNER_CENTRAL'),
] as const;

/**
 * Variables through which the AWS SDK's default credential chain finds credentials. Their
 * presence switches `auto` mode to live; instance and container roles leave no trace in the
 * environment, so those need PARTNER_CENTRAL_MODE=live. The values are never read here.
 */
const AWS_CREDENTIAL_HINTS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

const CATALOGS: readonly PartnerCentralCatalog[] = ['AWS', 'Sandbox'];

export function readPartnerCentralConfig(env: EnvReader, nodeEnv: NodeEnv): PartnerCentralConfig {
  const { mode, liveBecause } = resolveMode(
    env,
    'PARTNER_CENTRAL',
    {
      present: AWS_CREDENTIAL_HINTS.some((name) => env.has(name)),
      variables: AWS_CREDENTIAL_HINTS,
      describe:
        'AWS credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, a web identity or container role) are',
    },
    nodeEnv,
  );
  const catalogs = env
    .string('PARTNER_CENTRAL_CATALOGS', 'AWS')
    .split(',')
    .map((item) => item.trim());
  if (catalogs.some((item) => !CATALOGS.includes(item as PartnerCentralCatalog))) {
    env.problems.push(
      `PARTNER_CENTRAL_CATALOGS must be a comma-separated list of AWS, Sandbox (got "${catalogs.join(',')}")`,
    );
  }
  const endpoint = env.raw('PARTNER_CENTRAL_ENDPOINT');
  return {
    mode,
    liveBecause,
    region: env.string('PARTNER_CENTRAL_REGION', 'us-east-1'),
    endpoint: endpoint === undefined ? undefined : env.url('PARTNER_CENTRAL_ENDPOINT', endpoint),
    catalogs: [...new Set(catalogs)].filter((item): item is PartnerCentralCatalog =>
      CATALOGS.includes(item as PartnerCentralCatalog),
    ),
    timeoutMs: env.int('PARTNER_CENTRAL_TIMEOUT_MS', 10_000, 100, 120_000),
    quotaScale: env.number('PARTNER_CENTRAL_QUOTA_SCALE', 1, 0.01, 1_000),
    simulatorPort: env.int('PARTNER_CENTRAL_SIMULATOR_PORT', 0, 0, 65_535),
    cache: readCacheTtls(env, 'PARTNER_CENTRAL'),
    simulatorTaskDurationMs: env.int(
      'PARTNER_CENTRAL_SIMULATOR_TASK_DURATION_MS',
      3_000,
      0,
      3_600_000,
    ),
  };
}
