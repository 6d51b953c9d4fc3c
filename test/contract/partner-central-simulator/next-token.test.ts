/**
 * Opaque NextTokens (docs/upstreams/partner-central.md#pagination): signed, bound to the query (not
 * to MaxResults), expiring, voided by reset(). Bad tokens are a ValidationException on NextToken.
 */
import {
  ListEngagementInvitationsCommand,
  ListOpportunitiesCommand,
  type PartnerCentralSellingClient,
} from '@aws-sdk/client-partnercentral-selling';
import type { PartnerCentralSimulator } from '../../../src/sources/partner-central/simulator/index.js';
import { clientFor, expectValidationError, ManualClock, startSimulator } from './support.js';

const TTL_MS = 60_000;

describe('Partner Central simulator: NextToken', () => {
  const clock = new ManualClock();
  let sim: PartnerCentralSimulator;
  let client: PartnerCentralSellingClient;
  beforeAll(async () => {
    sim = await startSimulator({ records: 100, tokenTtlMs: TTL_MS, now: clock.now });
    client = clientFor(sim);
  });
  afterAll(() => sim.stop());

  const list = (input: Partial<ConstructorParameters<typeof ListOpportunitiesCommand>[0]> = {}) =>
    client.send(new ListOpportunitiesCommand({ Catalog: 'AWS', MaxResults: 10, ...input }));

  async function firstToken(input: Parameters<typeof list>[0] = {}): Promise<string> {
    const { NextToken } = await list(input);
    expect(typeof NextToken).toBe('string');
    return NextToken as string;
  }

  it('continues where the previous page ended, with any page size', async () => {
    const all = (await list({ MaxResults: 30 })).OpportunitySummaries?.map((s) => s.Id);
    const token = await firstToken();
    const next = await list({ NextToken: token, MaxResults: 20 });
    expect(next.OpportunitySummaries?.map((s) => s.Id)).toEqual(all?.slice(10, 30));
  });

  it('is opaque: base64url text, no readable offset', async () => {
    const token = await firstToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('10');
  });

  it('rejects a forged or edited token', async () => {
    const token = await firstToken();
    const [body, signature] = token.split('.') as [string, string];
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as { o: number };
    const edited = Buffer.from(JSON.stringify({ ...payload, o: 50 })).toString('base64url');
    for (const bad of [
      `${edited}.${signature}`,
      'garbage',
      `${body}.${signature.slice(1)}x`,
      `${token}.x`,
    ]) {
      expect(await expectValidationError(list({ NextToken: bad }))).toEqual([
        ['NextToken', 'INVALID_VALUE'],
      ]);
    }
  });

  it('rejects a token from a request with other filters, sort or catalog', async () => {
    const token = await firstToken({ LifeCycleReviewStatus: ['Approved'] });
    const others = [
      list({ NextToken: token }),
      list({ NextToken: token, LifeCycleReviewStatus: ['Rejected'] }),
      list({
        NextToken: token,
        LifeCycleReviewStatus: ['Approved'],
        Sort: { SortBy: 'Identifier', SortOrder: 'ASCENDING' },
      }),
      list({ NextToken: token, LifeCycleReviewStatus: ['Approved'], Catalog: 'Sandbox' }),
    ];
    for (const call of others) {
      expect(await expectValidationError(call)).toEqual([['NextToken', 'INVALID_VALUE']]);
    }
    await expect(
      list({ NextToken: token, LifeCycleReviewStatus: ['Approved'] }),
    ).resolves.toBeDefined();
  });

  it('rejects a token of another operation', async () => {
    const token = await firstToken();
    const error = expectValidationError(
      client.send(
        new ListEngagementInvitationsCommand({
          Catalog: 'AWS',
          ParticipantType: 'RECEIVER',
          NextToken: token,
        }),
      ),
    );
    expect(await error).toEqual([['NextToken', 'INVALID_VALUE']]);
  });

  it('expires after tokenTtlMs', async () => {
    const token = await firstToken();
    clock.advance(TTL_MS);
    await expect(list({ NextToken: token })).resolves.toBeDefined();
    clock.advance(1);
    expect(await expectValidationError(list({ NextToken: token }))).toEqual([
      ['NextToken', 'INVALID_VALUE'],
    ]);
  });

  it('is void after reset()', async () => {
    const token = await firstToken();
    sim.reset();
    expect(await expectValidationError(list({ NextToken: token }))).toEqual([
      ['NextToken', 'INVALID_VALUE'],
    ]);
  });
});
