import { loadConfig, Secret } from '../../../src/config.js';
import { createLogger } from '../../../src/logging/logger.js';
import { AccountEngagementClient } from '../../../src/sources/account-engagement/client.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import { TokenProvider } from '../../../src/sources/account-engagement/token-provider.js';
import { UpstreamError } from '../../../src/core/errors/index.js';
import type { CallContext } from '../../../src/core/http/index.js';
import { LogCapture } from '../../support/log-capture.js';

/**
 * The Account Engagement client against its simulator over real HTTP, once per response format:
 * the same behaviour must hold whether the API answers XML (its default) or JSON (with the
 * single-object-versus-array quirk).
 */
describe.each(['xml', 'json'] as const)('AccountEngagementClient (%s)', (format) => {
  let sim: AccountEngagementSimulator;
  let client: AccountEngagementClient;
  const logs = new LogCapture();
  const ctx = (): CallContext => ({
    deadline: Date.now() + 10_000,
    logger: createLogger('debug', logs),
  });

  beforeAll(async () => {
    sim = createAccountEngagementSimulator({ records: 300 });
    const url = `${await sim.start(0)}/`;
    const config = loadConfig({ ACCOUNT_ENGAGEMENT_FORMAT: format }).sources.accountEngagement;
    const tokens = new TokenProvider({
      loginUrl: url,
      clientId: SIMULATOR_CLIENT_ID,
      clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
      grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
      timeoutMs: 5_000,
    });
    client = new AccountEngagementClient({
      config,
      tokens,
      businessUnitId: SIMULATOR_BUSINESS_UNIT_ID,
      baseUrl: url,
    });
  });
  afterAll(async () => {
    client.close();
    await sim.stop();
  });
  beforeEach(() => sim.clearRequests());

  const calls = (operation: string) =>
    sim.requests().filter((entry) => entry.operation === operation);

  it('walks every live opportunity once with limit/offset, total_results included', async () => {
    const expected = sim.data
      .liveOpportunities()
      .map((o) => o.id)
      .sort((a, b) => a - b);
    const seen: number[] = [];
    for (let offset = 0; ; offset += 45) {
      const page = await client.queryOpportunities(
        { sortBy: 'id', sortOrder: 'ascending', limit: 45, offset },
        ctx(),
      );
      expect(page.total).toBe(expected.length);
      seen.push(...page.opportunities.map((o) => o.id));
      if (page.opportunities.length < 45) break;
    }
    expect(seen).toEqual(expected);
    expect(calls('opportunity.query')).toHaveLength(
      Math.ceil(expected.length / 45) + (expected.length % 45 === 0 ? 1 : 0),
    );
  });

  it('normalises one and zero results into lists', async () => {
    const [first] = sim.data.liveOpportunities();
    const one = await client.queryOpportunities(
      { idGreaterThan: first!.id - 1, idLessThan: first!.id + 1 },
      ctx(),
    );
    expect(one.opportunities.map((o) => o.id)).toEqual([first!.id]);
    const none = await client.queryOpportunities({ idGreaterThan: 10_000_000 }, ctx());
    expect(none).toEqual({ total: 0, opportunities: [] });
  });

  it('reads with prospects (full) and without (mobile), and answers null for a missing id', async () => {
    const record = sim.data.liveOpportunities()[3]!;
    const full = await client.readOpportunity(record.id, 'full', ctx());
    expect(full?.prospects?.map((p) => p.id)).toEqual(record.prospectIds);
    expect(full?.name).toBe(record.name);
    expect(full?.value).toBe(String(record.value));
    expect(await client.readOpportunity(99_999_999, 'simple', ctx())).toBeNull();
  });

  it('creates, updates (null clears), deletes and undeletes', async () => {
    const prospect = sim.data.prospects[0]!;
    const created = await client.createOpportunity(
      {
        name: `Contract ${format}`,
        value: '1250.50',
        probability: 40,
        prospectId: prospect.id,
        stage: 'Demo',
      },
      ctx(),
    );
    expect(created).toMatchObject({
      name: `Contract ${format}`,
      value: '1250.5',
      probability: 40,
      stage: 'Demo',
    });
    const updated = await client.updateOpportunity(
      created.id,
      { stage: null, probability: '60' },
      ctx(),
    );
    expect(updated).toMatchObject({ stage: null, probability: 60, name: `Contract ${format}` });
    await client.deleteOpportunity(created.id, ctx());
    expect(await client.readOpportunity(created.id, 'simple', ctx())).toBeNull();
    await client.undeleteOpportunity(created.id, ctx());
    expect((await client.readOpportunity(created.id, 'simple', ctx()))?.id).toBe(created.id);
    expect(calls('opportunity.create')).toHaveLength(1);
  });

  it('maps API errors: probability 101 is UPSTREAM_REJECTED with error 40, a missing target NOT_FOUND', async () => {
    const prospect = sim.data.prospects[0]!;
    await expect(
      client.createOpportunity(
        { name: 'x', value: '1', probability: 101, prospectId: prospect.id },
        ctx(),
      ),
    ).rejects.toMatchObject({
      code: 'UPSTREAM_REJECTED',
      details: { upstreamCode: '40', source: 'ACCOUNT_ENGAGEMENT' },
    });
    await expect(client.updateOpportunity(99_999_999, { stage: 'x' }, ctx())).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
        details: { upstreamCode: '35' },
      },
    );
  });

  it('refreshes the token exactly once when it expires and the call succeeds', async () => {
    await client.queryOpportunities({ limit: 1 }, ctx());
    sim.clearRequests();
    sim.expireAllTokens();
    const page = await client.queryOpportunities({ limit: 2 }, ctx());
    expect(page.opportunities).toHaveLength(2);
    expect(calls('oauth.token')).toHaveLength(1);
    expect(calls('opportunity.query').map((entry) => entry.status)).toEqual([401, 200]);
  });

  it('keeps at most 5 calls in flight (queued, never error 66)', async () => {
    const ids = sim.data
      .liveOpportunities()
      .slice(0, 20)
      .map((o) => o.id);
    sim.setFaults([{ operation: 'opportunity.read', latencyMs: 60 }]);
    try {
      const results = await Promise.all(
        ids.map((id) => client.readOpportunity(id, 'simple', ctx())),
      );
      expect(results.map((r) => r?.id)).toEqual(ids);
    } finally {
      sim.clearFaults();
    }
    const reads = calls('opportunity.read');
    expect(reads).toHaveLength(20);
    expect(reads.every((entry) => entry.status === 200)).toBe(true);
    // In flight at each arrival: calls that arrived before it and had not finished yet.
    const maxInFlight = Math.max(
      ...reads.map(
        (entry) =>
          reads.filter(
            (other) =>
              other.receivedAtMs <= entry.receivedAtMs &&
              other.receivedAtMs + (other.durationMs ?? 0) > entry.receivedAtMs,
          ).length,
      ),
    );
    expect(maxInFlight).toBeLessThanOrEqual(5);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it('never puts a credential into an error or a log line', async () => {
    sim.setFaults([{ operation: 'opportunity.query', status: 500 }]);
    try {
      const error = await client.queryOpportunities({ limit: 1 }, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpstreamError);
      const text = `${JSON.stringify(error)} ${(error as Error).message} ${logs.text()}`;
      for (const secret of [SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN, 'Bearer ']) {
        expect(text).not.toContain(secret);
      }
    } finally {
      sim.clearFaults();
    }
  });
});
