import { loadConfig } from '../../config.js';
import {
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
} from '../../sources/account-engagement/simulator/index.js';
import { simulatorKeys } from '../../sources/leadsquared/simulator/index.js';
import type { SourceKey } from '../../sources/registry.js';

/**
 * The variables that run every source in LIVE mode against simulators in another process, with
 * the credentials those simulators accept: the app takes the same code path as against the real
 * upstreams (base URLs, token endpoint, SDK endpoint override), which is what replicas sharing
 * one account need.
 *
 * `simulatorEnv` is what the simulator process was started with: LeadSquared's simulator accepts
 * the configured keys when both are set, else its demo keys (simulatorKeys); the standalone
 * Account Engagement simulator accepts its demo connected app.
 */
export function liveEnvFor(
  urls: Readonly<Record<SourceKey, string>>,
  simulatorEnv: Record<string, string>,
): Record<string, string> {
  const lsqKeys = simulatorKeys(loadConfig(simulatorEnv).sources.leadSquared);
  return {
    LEADSQUARED_MODE: 'live',
    LEADSQUARED_BASE_URL: `${urls.leadSquared}/v2/`,
    LEADSQUARED_ACCESS_KEY: lsqKeys.accessKey,
    LEADSQUARED_SECRET_KEY: lsqKeys.secretKey,
    PARTNER_CENTRAL_MODE: 'live',
    PARTNER_CENTRAL_ENDPOINT: urls.partnerCentral,
    ACCOUNT_ENGAGEMENT_MODE: 'live',
    ACCOUNT_ENGAGEMENT_BASE_URL: `${urls.accountEngagement}/`,
    ACCOUNT_ENGAGEMENT_LOGIN_URL: `${urls.accountEngagement}/`,
    ACCOUNT_ENGAGEMENT_CLIENT_ID: SIMULATOR_CLIENT_ID,
    ACCOUNT_ENGAGEMENT_CLIENT_SECRET: SIMULATOR_CLIENT_SECRET,
    ACCOUNT_ENGAGEMENT_REFRESH_TOKEN: SIMULATOR_REFRESH_TOKEN,
    ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID: SIMULATOR_BUSINESS_UNIT_ID,
  };
}

/** The Partner Central simulator checks no signature; the SDK still needs credentials to sign. */
export const SIMULATOR_AWS_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'simulator',
  AWS_SECRET_ACCESS_KEY: 'simulator-secret',
};

/**
 * Live Partner Central takes the AWS SDK's default credential chain, which reads process.env (no
 * setting of ours carries static keys), so the simulator's dummy keys go there. Returns the
 * function that puts the previous values back.
 */
export function useSimulatorAwsCredentials(): () => void {
  const previous = Object.fromEntries(
    Object.keys(SIMULATOR_AWS_CREDENTIALS).map((name) => [name, process.env[name]]),
  );
  Object.assign(process.env, SIMULATOR_AWS_CREDENTIALS);
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
