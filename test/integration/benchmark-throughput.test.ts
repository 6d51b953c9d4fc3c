/*
 * The throughput bench's scenarios must keep running on both servers as the schema changes: each
 * runs once through our server and once through the plain graphql-js baseline, over the same
 * (in-process) simulators, and both must answer the same records without errors. Timing is the
 * bench's business, not this test's.
 */
import 'reflect-metadata';
import { startApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { baselineCredentials } from '../../src/benchmark/throughput/baseline/credentials.js';
import {
  startBaselineServer,
  type BaselineServer,
} from '../../src/benchmark/throughput/baseline/server.js';
import { BaselineUpstreams } from '../../src/benchmark/throughput/baseline/upstreams.js';
import {
  askOnce,
  LOOKUP_IDS,
  throughputEnv,
  throughputScenarios,
} from '../../src/benchmark/throughput/throughput-scenarios.js';

describe('throughput bench: our server and the plain graphql-js baseline', () => {
  let app: RunningApp;
  let baseline: BaselineServer;
  const sims = () => {
    const { leadSquared, partnerCentral, accountEngagement } = app.sources.simulators;
    return {
      leadSquared: leadSquared!,
      partnerCentral: partnerCentral!,
      accountEngagement: accountEngagement!,
    };
  };
  beforeAll(async () => {
    const config = loadConfig(throughputEnv());
    app = await startApp(config, createLogger('silent'));
    const { leadSquared, partnerCentral, accountEngagement } = sims();
    const urls = {
      leadSquared: leadSquared.url,
      partnerCentral: partnerCentral.url,
      accountEngagement: accountEngagement.url,
    };
    baseline = await startBaselineServer(new BaselineUpstreams(urls, baselineCredentials(config)));
  });
  afterAll(async () => {
    await baseline?.stop();
    await app?.stop();
  });

  it('answers every scenario with the same records through both, one upstream call each', async () => {
    const scenarios = throughputScenarios(sims());
    expect(scenarios).toHaveLength(4);
    for (const scenario of scenarios) {
      const simulators = Object.values(sims());
      for (const simulator of simulators) simulator.clearRequests();
      const ours = await askOnce(`${app.url}/graphql`, scenario);
      const oursCalls = simulators.flatMap((simulator) => simulator.requests());
      for (const simulator of simulators) simulator.clearRequests();
      const base = await askOnce(baseline.url, scenario);
      const baseCalls = simulators
        .flatMap((simulator) => simulator.requests())
        .filter((entry) => entry.operation !== 'oauth.token');

      expect({ scenario: scenario.name, ids: base }).toEqual({
        scenario: scenario.name,
        ids: ours,
      });
      expect(new Set(ours).size).toBe(ours.length);
      expect(ours).not.toContain('null');
      expect(ours.length).toBe(scenario.name.includes('ids') ? LOOKUP_IDS : 20);
      // The same single upstream operation each way, so the bench compares like with like.
      expect(baseCalls.map((entry) => entry.operation)).toEqual(
        oursCalls.filter((entry) => entry.operation !== 'oauth.token').map((e) => e.operation),
      );
      expect(baseCalls).toHaveLength(1);
    }
  });

  it('answers a bad request with an error, and a missing id with null', async () => {
    const bad = await fetch(baseline.url, { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
    const answer = await fetch(baseline.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        variables: { ids: ['lsq:12003:00000000-0000-0000-0000-000000000000'] },
      }),
    });
    expect(await answer.json()).toEqual({ data: { nodes: [null] } });
  });
});
