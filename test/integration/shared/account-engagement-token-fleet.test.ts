/*
 * The Account Engagement access token shared through Redis, one level below the app: two token
 * providers with a shared state each (two replicas) on one real redis-server, against the
 * simulator's token endpoint over HTTP. One fetch for both, one refresh for a refusal seen by
 * both, a waiter that gives up at its own deadline while the holder is still fetching, and each
 * replica on its own when Redis is gone.
 */
import { Secret } from '../../../src/config/secret.js';
import { UpstreamError } from '../../../src/core/errors/index.js';
import type { CallContext } from '../../../src/core/http/index.js';
import { openSharedState, type SharedState } from '../../../src/core/shared/index.js';
import { createLogger } from '../../../src/logging/logger.js';
import { FleetScope } from '../../../src/sources/account-engagement/cache/fleet-scope.js';
import {
  createAccountEngagementSimulator,
  SIMULATOR_BUSINESS_UNIT_ID,
  SIMULATOR_CLIENT_ID,
  SIMULATOR_CLIENT_SECRET,
  SIMULATOR_REFRESH_TOKEN,
  type AccountEngagementSimulator,
} from '../../../src/sources/account-engagement/simulator/index.js';
import {
  FleetToken,
  SHARED_TOKEN_TTL_MS,
} from '../../../src/sources/account-engagement/token-fleet.js';
import { TokenProvider } from '../../../src/sources/account-engagement/token-provider.js';
import { LogCapture } from '../../support/log-capture.js';
import { expectNoSecrets } from '../../support/test-app.js';
import {
  startRedisServer,
  stopAllRedisServers,
  type RunningRedis,
} from '../../support/redis-server.js';

let sim: AccountEngagementSimulator;
let redis: RunningRedis;
let url: string;
const logs = new LogCapture();
const logger = createLogger('debug', logs);
const opened: { state: SharedState; tokens: TokenProvider }[] = [];
let prefixes = 0;

const ctx = (ms = 10_000): CallContext => ({ deadline: Date.now() + ms, logger });
const tokenRequests = () => sim.requests('oauth.token').length;

/**
 * Two replicas: each its own shared state on the same Redis and prefix, and its own provider;
 * resolved once both are connected (before that each would fetch on its own, by design).
 */
async function replicas(): Promise<[TokenProvider, TokenProvider]> {
  const prefix = `ae-token-${++prefixes}:`;
  const scope = new FleetScope({
    baseUrl: url,
    loginUrl: url,
    clientId: SIMULATOR_CLIENT_ID,
    businessUnitId: SIMULATOR_BUSINESS_UNIT_ID,
  });
  const make = () => {
    const state = openSharedState({
      redisUrl: redis.url,
      redisPrefix: prefix,
      localShare: 0.5,
      cacheMaxEntries: 100,
      cacheMaxChars: 1_000_000,
      log: { warn: (fields, message) => logger.warn(fields, message), info: () => undefined },
    });
    const tokens = new TokenProvider({
      loginUrl: url,
      clientId: SIMULATOR_CLIENT_ID,
      clientSecret: new Secret(SIMULATOR_CLIENT_SECRET),
      grant: { kind: 'refresh_token', refreshToken: new Secret(SIMULATOR_REFRESH_TOKEN) },
      timeoutMs: 5_000,
      fleet: new FleetToken({
        cache: state.cache,
        locks: state.locks,
        health: state.health,
        key: scope.tokenKey,
        lockKey: scope.tokenLockKey,
        ttlMs: SHARED_TOKEN_TTL_MS,
      }),
    });
    opened.push({ state, tokens });
    return tokens;
  };
  const pair: [TokenProvider, TokenProvider] = [make(), make()];
  const states = opened.slice(-2).map(({ state }) => state);
  for (let waited = 0; states.some((state) => state.status().status !== 'ok'); waited += 10) {
    if (waited > 5_000) throw new Error('the shared states did not connect to redis');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return pair;
}

beforeAll(async () => {
  sim = createAccountEngagementSimulator({ records: 10 });
  url = `${await sim.start(0)}/`;
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const { state, tokens } of opened) {
    tokens.close();
    await state.close();
  }
  await sim.stop();
  await stopAllRedisServers();
});
beforeEach(() => {
  sim.clearRequests();
  sim.clearFaults();
});

describe('the Account Engagement token across replicas', () => {
  it('is fetched once for both, however many callers ask at once', async () => {
    const [a, b] = await replicas();
    sim.setFaults([{ operation: 'oauth.token', latencyMs: 200 }]);
    const tokens = await Promise.all([a, b, a, b, b].map((replica) => replica.token(ctx())));
    expect(new Set(tokens).size).toBe(1);
    expect(tokenRequests()).toBe(1);
  });

  it('is refreshed once when both find it refused, and both take the new one', async () => {
    const [a, b] = await replicas();
    const old = await a.token(ctx());
    expect(await b.token(ctx())).toBe(old);
    sim.setFaults([{ operation: 'oauth.token', latencyMs: 200 }]);
    await Promise.all([a.invalidate(old), b.invalidate(old)]);
    const [fromA, fromB] = await Promise.all([a.token(ctx()), b.token(ctx())]);
    expect(fromA).not.toBe(old);
    expect(fromB).toBe(fromA);
    expect(tokenRequests()).toBe(2);
  });

  it('a waiter gives up at its own deadline while the holder is still fetching', async () => {
    const [a, b] = await replicas();
    sim.setFaults([{ operation: 'oauth.token', latencyMs: 1_500 }]);
    const holder = a.token(ctx());
    // Let the holder take the lock before the waiter looks.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const waiter = b.token(ctx(300));
    await expect(waiter).rejects.toBeInstanceOf(UpstreamError);
    await expect(waiter).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    // Still one request: the waiter never asked the token endpoint itself.
    expect(tokenRequests()).toBe(1);
    const token = await holder;
    // The holder's token is shared: the waiter's next try takes it without a request.
    expect(await b.token(ctx())).toBe(token);
    expect(tokenRequests()).toBe(1);
  });

  it('each replica fetches its own while Redis is down, and nothing fails', async () => {
    const [a, b] = await replicas();
    await redis.stop();
    try {
      const [fromA, fromB] = await Promise.all([a.token(ctx()), b.token(ctx())]);
      expect(typeof fromA).toBe('string');
      expect(typeof fromB).toBe('string');
      expect(tokenRequests()).toBe(2);
    } finally {
      await redis.start();
    }
  });

  it('never logs a token or a credential', async () => {
    const [a] = await replicas();
    const token = await a.token(ctx());
    expectNoSecrets(logs.text(), [token, SIMULATOR_CLIENT_SECRET, SIMULATOR_REFRESH_TOKEN]);
  });
});
