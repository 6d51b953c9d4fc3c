/**
 * PARTNER_CENTRAL_REGION reaches both ends: the client signs with it and the simulator, in-process
 * or standalone (`npm run simulators`), requires it in the SigV4 credential scope
 * (docs/upstreams/partner-central.md#authentication), so the app works in any configured region.
 */
import { PcFailListOneDocument } from '../__generated__/graphql.js';
import { loadConfig } from '../../src/config.js';
import { seededSimulators } from '../../src/benchmark/seeded-simulators.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Partner Central signing region', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PARTNER_CENTRAL_REGION: 'eu-west-1' });
  });
  afterAll(() => t?.stop());

  it('the in-process simulator requires the configured region, and the client signs with it', async () => {
    expect(t.pc.region).toBe('eu-west-1');
    t.pc.clearRequests();
    const answer = await t.graphql(PcFailListOneDocument, {});
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.partnerCentralOpportunities?.nodes).toHaveLength(1);
    expect(t.pc.requests().map((entry) => [entry.operation, entry.status])).toEqual([
      ['ListOpportunities', 200],
    ]);
  });

  it('the standalone simulator requires the configured region too (default us-east-1)', () => {
    const env = { NODE_ENV: 'test', PARTNER_CENTRAL_MODE: 'simulator', SIMULATOR_RECORDS: '10' };
    expect(seededSimulators(loadConfig(env)).partnerCentral.region).toBe('us-east-1');
    const configured = loadConfig({ ...env, PARTNER_CENTRAL_REGION: 'ap-southeast-2' });
    expect(seededSimulators(configured).partnerCentral.region).toBe('ap-southeast-2');
  });
});
