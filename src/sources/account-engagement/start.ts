import { Secret } from '../../config/secret.js';
import type { Logger } from '../../logging/logger.js';
import { AccountEngagementClient } from './client.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from './simulator/index.js';
import { TokenProvider } from './token-provider.js';
import type { SharedSettings, StartedSource } from '../source.js';
import type { AccountEngagementConfig } from './config.js';
import type { AccountEngagementService } from './service.js';

/**
 * Account Engagement from config. In simulator mode the simulator serves both the API and the
 * Salesforce token endpoint, and the client uses its documented demo connected app.
 */
export async function startAccountEngagement(
  ae: AccountEngagementConfig,
  shared: SharedSettings,
  logger: Logger,
): Promise<StartedSource<AccountEngagementService, AccountEngagementSimulator>> {
  let simulator: AccountEngagementSimulator | undefined;
  let tokens: TokenProvider;
  let businessUnitId: string;
  let baseUrl = ae.baseUrl;
  if (ae.mode === 'simulator') {
    simulator = createAccountEngagementSimulator({ records: shared.simulatorRecords });
    baseUrl = `${await simulator.start(ae.simulatorPort)}/`;
    tokens = new TokenProvider({
      loginUrl: baseUrl,
      clientId: SIMULATOR_CLIENT_ID,
      clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
      grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
      timeoutMs: ae.timeoutMs,
    });
    businessUnitId = SIMULATOR_BUSINESS_UNIT_ID;
  } else {
    // Config validation guarantees these in live mode.
    tokens = new TokenProvider({
      loginUrl: ae.loginUrl,
      clientId: ae.clientId!,
      clientSecret: ae.clientSecret,
      grant: ae.grant!,
      timeoutMs: ae.timeoutMs,
    });
    businessUnitId = ae.businessUnitId!;
  }
  const client = new AccountEngagementClient({ config: ae, tokens, businessUnitId, baseUrl });
  return {
    service: { client, config: ae },
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
