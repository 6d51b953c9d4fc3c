/**
 * A spent Partner Central daily quota, client against the in-process simulator: the next call of
 * that operation fails at once with UPSTREAM_THROTTLED naming the daily quota and the wait, and
 * never reaches the upstream; other operations are not held by it. The daily window is made tiny
 * through the limiter factory (SharedState.quotaLimiter's place), so no test sends 100,000 calls.
 */
import pino from 'pino';
import { SlidingWindowLimiter } from '../../../src/core/http/index.js';
import { UpstreamError } from '../../../src/core/errors/index.js';
import { PartnerCentralClient } from '../../../src/sources/partner-central/client.js';
import {
  createPartnerCentralSimulator,
  type PartnerCentralSimulator,
} from '../../../src/sources/partner-central/simulator/index.js';

describe('Partner Central daily quota', () => {
  let simulator: PartnerCentralSimulator;
  let client: PartnerCentralClient;
  beforeAll(async () => {
    simulator = createPartnerCentralSimulator({ records: 50 });
    await simulator.start(0);
    client = new PartnerCentralClient({
      region: 'us-east-1',
      endpoint: simulator.url,
      credentials: { accessKeyId: 'simulator', secretAccessKey: 'simulator-secret' },
      timeoutMs: 5_000,
      // Two calls a day for every operation that has a daily quota (the message names the
      // configured quota); per-second windows as usual.
      quotaLimiter: (key, spec) =>
        new SlidingWindowLimiter(key.endsWith(':per-day') ? { ...spec, calls: 2 } : spec),
    });
  });
  afterAll(async () => {
    client.close();
    await simulator.stop();
  });

  const ctx = () => ({ deadline: Date.now() + 10_000, logger: pino({ level: 'silent' }) });

  it('refuses the third ListOpportunities of the day before sending it, with the wait in hours', async () => {
    await client.listOpportunities({ Catalog: 'AWS', MaxResults: 1 }, ctx());
    await client.listOpportunities({ Catalog: 'AWS', MaxResults: 1 }, ctx());
    const error = await client
      .listOpportunities({ Catalog: 'AWS', MaxResults: 1 }, ctx())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).details).toMatchObject({
      code: 'UPSTREAM_THROTTLED',
      retryable: true,
      message:
        'Partner Central ListOpportunities daily quota (100,000 calls per rolling 24 hours) is used up until after the request deadline',
    });
    expect((error as UpstreamError).details.retryAfterSeconds).toBeGreaterThan(86_000);
    expect(simulator.requests('ListOpportunities')).toHaveLength(2);

    // Operations have their own daily windows; one without a published one has none.
    const invitations = await client.listEngagementInvitations(
      { Catalog: 'AWS', ParticipantType: 'RECEIVER', MaxResults: 1 },
      ctx(),
    );
    expect(invitations.EngagementInvitationSummaries).toHaveLength(1);
    for (let call = 0; call < 3; call += 1) {
      await client.listProspectingFromEngagementTasks({ Catalog: 'AWS', MaxResults: 1 }, ctx());
    }
    expect(simulator.requests('ListProspectingFromEngagementTasks')).toHaveLength(3);
  });
});
