import { Secret, type Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { Services } from '../services.js';
import { AccountEngagementClient } from '../sources/account-engagement/client.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from '../sources/account-engagement/simulator/index.js';
import { TokenProvider } from '../sources/account-engagement/token-provider.js';
import { sourceStatus } from './readiness.js';
import type { StartedSource } from './started-source.js';

/**
 * Account Engagement from config. In simulator mode the simulator serves both the API and the
 * Salesforce token endpoint, and the client uses its documented demo connected app.
 */
export async function startAccountEngagement(
  config: Config,
  logger: Logger,
): Promise<StartedSource<Services['accountEngagement'], AccountEngagementSimulator>> {
  const ae = config.sources.accountEngagement;
  let simulator: AccountEngagementSimulator | undefined;
  let tokens: TokenProvider;
  let businessUnitId: string;
  let baseUrl = ae.baseUrl;
  if (ae.mode === 'simulator') {
    simulator = createAccountEngagementSimulator({ records: config.simulatorRecords });
    baseUrl = `${await simulator.start(ae.simulatorPort)}/`;
    tokens = new TokenProvider({
      loginUrl: baseUrl,
      clientId: SIMULATOR_CLIENT_ID,
      clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
      grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
      timeoutMs: ae.timeoutMs,
    });
    businessUnitId = SIMULATOR_BUSINESS_UNIT_ID;
    logger.info(
      { source: 'ACCOUNT_ENGAGEMENT', mode: 'simulator', url: simulator.url },
      'Account Engagement has no credentials: serving the built-in simulator',
    );
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
    logger.info(
      { source: 'ACCOUNT_ENGAGEMENT', mode: 'live' },
      'Account Engagement: live upstream',
    );
  }
  const client = new AccountEngagementClient({ config: ae, tokens, businessUnitId, baseUrl });
  return {
    service: { client, config: ae },
    simulator,
    status: sourceStatus(simulator, async (deadline) => {
      await client.queryOpportunities({ limit: 1, output: 'mobile' }, { deadline, logger });
    }),
    close: async () => {
      client.close();
      await simulator?.stop();
    },
  };
}
