/**
 * The connected app and user the simulated Salesforce org knows. Defaults are fixed demo values:
 * shaped like the real thing (consumer keys start `3MVG9`, business unit ids are 18 characters
 * starting `0Uv`, docs/upstreams/account-engagement.md#api-headers) and useless anywhere else.
 */
import type { KeyObject } from 'node:crypto';

export interface OAuthCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** The refresh token the `refresh_token` grant accepts. */
  readonly refreshToken?: string;
  /** The user (`sub`) the JWT bearer grant accepts. */
  readonly username?: string;
  /**
   * PEM or KeyObject of the connected app's certificate key. When set, JWT assertions must carry
   * a valid RS256 signature; when absent the signature is not verified (structure and claims are).
   */
  readonly jwtPublicKey?: string | KeyObject;
}

export const SIMULATOR_CLIENT_ID =
  '3MVG9SimulatorAccountEngagement.ConsumerKey.0000000000000000000000000000000000000000';
export const SIMULATOR_CLIENT_SECRET =
  'SIMULATOR00000000000000000000000000000000000000000000000000000000';
export const SIMULATOR_REFRESH_TOKEN =
  '5Aep861SimulatorRefreshToken.0000000000000000000000000000000000000';
export const SIMULATOR_USERNAME = 'integration.user@simulated-pardot.example.com';
export const SIMULATOR_BUSINESS_UNIT_ID = '0Uv000000000001AAA';

/** Ids in the token response (`id` URL): the simulated org and user. */
export const SIMULATOR_ORG_ID = '00D000000000001AAA';
export const SIMULATOR_USER_ID = '005000000000001AAA';

/**
 * The `aud` values the JWT bearer grant accepts besides the simulator's own base URL
 * (docs/upstreams/account-engagement.md#jwt-bearer-assertion).
 */
export const JWT_AUDIENCES = ['https://login.salesforce.com', 'https://test.salesforce.com'];

export interface ResolvedCredentials extends OAuthCredentials {
  readonly refreshToken: string;
  readonly username: string;
}

export function resolveCredentials(
  options: Partial<OAuthCredentials> | undefined,
): ResolvedCredentials {
  return {
    clientId: options?.clientId ?? SIMULATOR_CLIENT_ID,
    clientSecret: options?.clientSecret ?? SIMULATOR_CLIENT_SECRET,
    refreshToken: options?.refreshToken ?? SIMULATOR_REFRESH_TOKEN,
    username: options?.username ?? SIMULATOR_USERNAME,
    jwtPublicKey: options?.jwtPublicKey,
  };
}
