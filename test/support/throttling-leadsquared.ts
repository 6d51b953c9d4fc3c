import { Secret } from '../../src/config.js';
import { LeadSquaredClient } from '../../src/sources/leadsquared/client.js';
import {
  createLeadSquaredSimulator,
  type LeadSquaredSimulator,
  type ThrottleStatus,
} from '../../src/sources/leadsquared/simulator/index.js';
import { memorySharedState, NO_CACHE } from './shared-state.js';
import { TEST_LSQ_ACCESS_KEY, TEST_LSQ_SECRET_KEY } from './test-app.js';

export interface QuotaWindow {
  calls: number;
  windowMs: number;
}

/**
 * A LeadSquared simulator with its own account quota (`rateLimit`) that throttles with
 * `throttleStatus`, and a client on it that believes in `quota`: where the two disagree, the
 * upstream throttles and the client's back-off is what the test watches.
 */
export async function startThrottlingLeadSquared(options: {
  rateLimit: QuotaWindow;
  quota: QuotaWindow;
  throttleStatus: ThrottleStatus;
}): Promise<{ sim: LeadSquaredSimulator; client: LeadSquaredClient }> {
  const sim = createLeadSquaredSimulator({
    records: 20,
    accessKey: TEST_LSQ_ACCESS_KEY,
    secretKey: TEST_LSQ_SECRET_KEY,
    rateLimit: options.rateLimit,
    throttleStatus: options.throttleStatus,
  });
  const url = await sim.start(0);
  const client = new LeadSquaredClient({
    baseUrl: `${url}/v2/`,
    accessKey: new Secret(TEST_LSQ_ACCESS_KEY),
    secretKey: new Secret(TEST_LSQ_SECRET_KEY),
    timeoutMs: 2_000,
    quota: options.quota,
    state: memorySharedState(),
    cache: NO_CACHE,
  });
  return { sim, client };
}
