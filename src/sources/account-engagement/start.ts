import { Secret } from '../../config/secret.js';
import type { Logger } from '../../logging/logger.js';
import {
  ACCOUNT_ENGAGEMENT_CALLS,
  AccountEngagementCache,
} from './cache/account-engagement-cache.js';
import { FleetScope } from './cache/fleet-scope.js';
import { AccountEngagementClient } from './client.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from './simulator/index.js';
import { FleetToken, SHARED_TOKEN_TTL_MS } from './token-fleet.js';
import { DailyAllowance } from './daily-allowance.js';
import { AccountEngagementOpportunitiesById } from './loaders/opportunities-by-id.js';
import { TokenProvider, type TokenProviderOptions } from './token-provider.js';
import type { SharedSettings, StartedSource } from '../source.js';
import type { AccountEngagementConfig } from './config.js';
import type { AccountEngagementService } from './service.js';

/**
 * A slot is a lease in the shared store: it must outlast the longest attempt (whose timeout is
 * `timeoutMs`), or a slow call would lose its slot and a sixth could start; the margin covers
 * the time from the grant to the request and from the answer to the release.
 */
const SLOT_LEASE_MARGIN_MS = 2_000;

/**
 * Account Engagement from config. In simulator mode the simulator serves both the API and the
 * Salesforce token endpoint, and the client uses its documented demo connected app. The access
 * token, the business unit's five concurrency slots and the cache are shared by every replica
 * when the shared state is on Redis.
 */
export async function startAccountEngagement(
  ae: AccountEngagementConfig,
  shared: SharedSettings,
  logger: Logger,
): Promise<StartedSource<AccountEngagementService, AccountEngagementSimulator>> {
  let simulator: AccountEngagementSimulator | undefined;
  let app: Omit<TokenProviderOptions, 'timeoutMs' | 'fleet'>;
  let businessUnitId: string;
  let baseUrl = ae.baseUrl;
  if (ae.mode === 'simulator') {
    simulator = createAccountEngagementSimulator({
      records: shared.simulatorRecords,
      sharedEmails: ae.simulatorSharedEmails,
    });
    baseUrl = `${await simulator.start(ae.simulatorPort)}/`;
    app = {
      loginUrl: baseUrl,
      clientId: SIMULATOR_CLIENT_ID,
      clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
      grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
    };
    businessUnitId = SIMULATOR_BUSINESS_UNIT_ID;
  } else {
    // Config validation guarantees these in live mode.
    app = {
      loginUrl: ae.loginUrl,
      clientId: ae.clientId!,
      clientSecret: ae.clientSecret,
      grant: ae.grant!,
    };
    businessUnitId = ae.businessUnitId!;
  }
  const { state } = shared;
  const scope = new FleetScope({ ...app, baseUrl, businessUnitId });
  // Memory: the token stays in the TokenProvider, as it always did (one fetch per process).
  const fleet = state.fleetWide
    ? new FleetToken({
        cache: state.cache,
        locks: state.locks,
        health: state.health,
        key: scope.tokenKey,
        lockKey: scope.tokenLockKey,
        ttlMs: SHARED_TOKEN_TTL_MS,
      })
    : undefined;
  const tokens = new TokenProvider({ ...app, timeoutMs: ae.timeoutMs, fleet });
  const slotLimit = {
    ...ACCOUNT_ENGAGEMENT_CALLS,
    key: scope.slotsKey,
    max: ae.maxConcurrent,
    leaseMs: ae.timeoutMs + SLOT_LEASE_MARGIN_MS,
  };
  const slots = state.slotLimiter(slotLimit.key, slotLimit.max, slotLimit.leaseMs);
  const client = new AccountEngagementClient({
    config: ae,
    tokens,
    businessUnitId,
    baseUrl,
    slots,
    slotLimit,
    daily: new DailyAllowance(
      (key, spec) => state.quotaLimiter(key, spec),
      scope.slotsKey,
      ae.dailyCalls,
    ),
  });
  const cache = new AccountEngagementCache(
    state.cache,
    state.cachedReads(ACCOUNT_ENGAGEMENT_CALLS),
    scope,
    ae.cache,
  );
  return {
    service: {
      client,
      config: ae,
      cache,
      opportunitiesById: new AccountEngagementOpportunitiesById(client),
    },
    simulator,
    probe: async (deadline) => {
      await client.queryOpportunities({ limit: 1, output: 'mobile' }, { deadline, logger });
    },
    close: async () => {
      client.close();
      await simulator?.stop();
    },
  };
}
