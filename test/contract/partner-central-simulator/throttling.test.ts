/**
 * Per-operation rates in a sliding one-second window
 * (docs/upstreams/partner-central.md#rate-limits): ThrottlingException with HTTP 429 above the
 * quota. A manual clock makes the window deterministic.
 */
import {
  GetOpportunityCommand,
  ListOpportunitiesCommand,
  RejectEngagementInvitationCommand,
  StartProspectingFromEngagementTaskCommand,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import {
  REQUESTS_PER_SECOND,
  type PartnerCentralSimulator,
  type PartnerCentralSimulatorOptions,
} from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectServiceError, ManualClock, startSimulator } from './support.js';

it('Partner Central simulator uses the published rates, and 10/s for the undocumented ListEngagementByAcceptingInvitationTasks', () => {
  expect(REQUESTS_PER_SECOND).toEqual({
    GetOpportunity: 10,
    ListOpportunities: 10,
    GetEngagementInvitation: 10,
    ListEngagementInvitations: 10,
    GetProspectingFromEngagementTask: 100,
    ListProspectingFromEngagementTasks: 50,
    RejectEngagementInvitation: 1,
    StartEngagementByAcceptingInvitationTask: 1,
    StartProspectingFromEngagementTask: 2,
    ListEngagementByAcceptingInvitationTasks: 10,
  });
});

describe('Partner Central simulator: throttling (docs/upstreams/partner-central.md#rate-limits)', () => {
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  let clock: ManualClock;

  async function start(options: PartnerCentralSimulatorOptions = {}): Promise<void> {
    clock = new ManualClock();
    sim = await startSimulator({
      records: 20,
      throttling: { scale: 1 },
      now: clock.now,
      ...options,
    });
    client = clientFor(sim);
  }
  afterEach(() => sim.stop());

  const list = () => client.send(new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 1 }));

  it('throttles the 11th ListOpportunities within one second with a 429 ThrottlingException', async () => {
    await start();
    for (let i = 0; i < 10; i += 1) await expect(list()).resolves.toBeDefined();
    const error = await expectServiceError(list(), 'ThrottlingException', 429);
    expect(error.$fault).toBe('client');
    expect(error.message).toContain('ListOpportunities');
    expect(
      sim
        .requests('ListOpportunities')
        .map((entry) => entry.status)
        .slice(-2),
    ).toEqual([200, 429]);
  });

  it('counts each operation on its own', async () => {
    await start();
    for (let i = 0; i < 10; i += 1) await list();
    await expectServiceError(list(), 'ThrottlingException', 429);
    const id = sim.data.AWS.opportunities[0]?.Id ?? '';
    await expect(
      client.send(new GetOpportunityCommand({ Catalog: 'AWS', Identifier: id })),
    ).resolves.toBeDefined();
  });

  it('slides: throttled calls do not count, calls older than 1 s leave the window', async () => {
    await start();
    for (let i = 0; i < 5; i += 1) await list();
    clock.advance(600);
    for (let i = 0; i < 5; i += 1) await list();
    await expectServiceError(list(), 'ThrottlingException', 429);
    clock.advance(400); // the first five are now exactly 1 s old: out of the window
    for (let i = 0; i < 5; i += 1) await expect(list()).resolves.toBeDefined();
    await expectServiceError(list(), 'ThrottlingException', 429);
  });

  it('throttles writes at 1/s and StartProspectingFromEngagementTask at 2/s, before validation', async () => {
    await start();
    const reject = () =>
      client.send(
        new RejectEngagementInvitationCommand({ Catalog: 'AWS', Identifier: 'engi-0000000000000' }),
      );
    await expectServiceError(reject(), 'ResourceNotFoundException', 404);
    await expectServiceError(reject(), 'ThrottlingException', 429);
    const prospect = () =>
      client.send(
        new StartProspectingFromEngagementTaskCommand({
          Catalog: 'AWS',
          Identifiers: [],
          TaskName: 'x',
        }),
      );
    await expectServiceError(prospect(), 'ValidationException', 400);
    await expectServiceError(prospect(), 'ValidationException', 400);
    await expectServiceError(prospect(), 'ThrottlingException', 429);
  });

  it('scales the rates with throttling.scale', async () => {
    await start({ throttling: { scale: 0.5 } });
    for (let i = 0; i < 5; i += 1) await list();
    await expectServiceError(list(), 'ThrottlingException', 429);
  });

  it('turns off with throttling: false, and reset() empties the windows', async () => {
    await start({ throttling: false });
    for (let i = 0; i < 25; i += 1) await expect(list()).resolves.toBeDefined();
    await sim.stop();
    await start();
    for (let i = 0; i < 10; i += 1) await list();
    await expectServiceError(list(), 'ThrottlingException', 429);
    sim.reset();
    await expect(list()).resolves.toBeDefined();
  });

  it('is on with the real rates by default (wall clock)', async () => {
    clock = new ManualClock();
    sim = await startSimulator({ records: 20, throttling: undefined });
    client = clientFor(sim);
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => list()));
    const statuses = results.map((r) =>
      r.status === 'fulfilled'
        ? 200
        : (r.reason as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode,
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
  });
});
