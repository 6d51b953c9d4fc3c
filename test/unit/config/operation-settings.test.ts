import { loadConfig } from '../../../src/config.js';

describe('operation settings', () => {
  it('LOG_FORMAT is json or pretty', () => {
    expect(loadConfig({}).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'fancy' })).toThrow(
      'LOG_FORMAT must be one of json, pretty (got "fancy")',
    );
  });

  it('records which credential variables turned auto mode live, and only then', () => {
    const config = loadConfig({
      AWS_PROFILE: 'partner',
      LEADSQUARED_ACCESS_KEY: 'a-key',
      LEADSQUARED_SECRET_KEY: 's-key',
      ACCOUNT_ENGAGEMENT_REFRESH_TOKEN: 'token',
      ACCOUNT_ENGAGEMENT_CLIENT_ID: 'client',
      ACCOUNT_ENGAGEMENT_CLIENT_SECRET: 'secret',
      ACCOUNT_ENGAGEMENT_BUSINESS_UNIT_ID: '0Uv000000000000AAA',
    });
    expect(config.sources.partnerCentral).toMatchObject({
      mode: 'live',
      liveBecause: ['AWS_PROFILE'],
    });
    expect(config.sources.leadSquared.liveBecause).toEqual([
      'LEADSQUARED_ACCESS_KEY',
      'LEADSQUARED_SECRET_KEY',
    ]);
    expect(config.sources.accountEngagement.liveBecause).toEqual([
      'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN',
    ]);
    const asked = loadConfig({ PARTNER_CENTRAL_MODE: 'live', AWS_PROFILE: 'partner' });
    expect(asked.sources.partnerCentral).toMatchObject({ mode: 'live', liveBecause: [] });
    expect(loadConfig({}).sources.partnerCentral).toMatchObject({
      mode: 'simulator',
      liveBecause: [],
    });
  });

  it('keeps the names of .env variables it was given', () => {
    expect(loadConfig({}, { fromEnvFile: ['PORT'] }).fromEnvFile).toEqual(['PORT']);
  });
});
