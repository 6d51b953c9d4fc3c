import { loadConfig } from '../../../src/config.js';
import { describeStartupError } from '../../../src/bootstrap/startup-error.js';
import { problems } from '../../support/config-problems.js';

const PRODUCTION = { NODE_ENV: 'production', AUTH_MODE: 'none', LEADSQUARED_MODE: 'simulator' };
const SIMULATED = {
  ...PRODUCTION,
  PARTNER_CENTRAL_MODE: 'simulator',
  ACCOUNT_ENGAGEMENT_MODE: 'simulator',
};

describe('METRICS_ENABLED and METRICS_PORT', () => {
  it('serves /metrics on the GraphQL port by default outside production', () => {
    expect(loadConfig({}).metrics).toEqual({ enabled: true, port: undefined });
    expect(loadConfig({ NODE_ENV: 'test' }).metrics.enabled).toBe(true);
  });

  it('is off in production unless METRICS_ENABLED=true', () => {
    expect(loadConfig(SIMULATED).metrics.enabled).toBe(false);
    expect(loadConfig({ ...SIMULATED, METRICS_ENABLED: 'true' }).metrics.enabled).toBe(true);
    expect(loadConfig({ METRICS_ENABLED: 'false' }).metrics.enabled).toBe(false);
  });

  it('takes a port of its own, 0 for any free one', () => {
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics.port).toBe(9464);
    expect(loadConfig({ METRICS_PORT: '0', PORT: '0' }).metrics.port).toBe(0);
  });

  it('refuses other values, naming the variable and the rule', () => {
    expect(problems({ METRICS_ENABLED: 'yes' })).toEqual([
      'METRICS_ENABLED must be one of true, false (got "yes")',
    ]);
    expect(problems({ METRICS_PORT: '70000' })).toEqual([
      'METRICS_PORT must be an integer from 0 to 65535 (got "70000")',
    ]);
    expect(problems({ METRICS_PORT: '4000' })).toEqual([
      'METRICS_PORT must differ from PORT (4000); leave it unset to serve /metrics on PORT',
    ]);
  });

  it('names METRICS_PORT when its port cannot be opened', () => {
    const config = loadConfig({ METRICS_PORT: '9464' });
    const error = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE', port: 9464 });
    expect(describeStartupError(error, config)).toBe(
      'port 9464 is already in use (EADDRINUSE on 0.0.0.0:9464): stop the process that holds it ' +
        'or set METRICS_PORT to a free port',
    );
  });
});
