import { loadConfig } from '../../../src/config.js';
import { problems } from '../../support/config-problems.js';

describe('CORS_ORIGINS', () => {
  it('is empty by default: no CORS at all', () => {
    expect(loadConfig({}).http.corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', ...SIMULATED }).http.corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of exact origins, normalised as browsers send them', () => {
    const { corsOrigins } = loadConfig({
      CORS_ORIGINS:
        ' https://app.example.com , http://localhost:5173,HTTPS://Admin.Example.COM:443,, https://app.example.com',
    }).http;
    expect(corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
      'https://admin.example.com',
    ]);
  });

  it.each([
    ['a path', 'https://app.example.com/graphql'],
    ['a trailing slash', 'https://app.example.com/'],
    ['no scheme', 'app.example.com'],
    ['a non-http scheme', 'ftp://app.example.com'],
    ['a query string', 'https://app.example.com?x=1'],
    ['a fragment', 'https://app.example.com#top'],
    ['credentials', 'https://user:pw@app.example.com'],
    ['the null origin', 'null'],
    ['garbage', 'https://exa mple.com'],
  ])('refuses an origin with %s, naming the variable and the value', (_label, bad) => {
    const found = problems({ CORS_ORIGINS: `https://ok.example.com,${bad}` });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('CORS_ORIGINS');
    expect(found[0]).toContain(`"${bad}"`);
    expect(found[0]).toMatch(/scheme:\/\/host\[:port\], no path/);
  });

  it('reports every bad origin, not just the first', () => {
    expect(problems({ CORS_ORIGINS: 'a.example.com,https://ok.example.com,https://b/x' })).toEqual([
      expect.stringContaining('"a.example.com"'),
      expect.stringContaining('"https://b/x"'),
    ]);
  });

  it('accepts "*" alone outside production', () => {
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toEqual(['*']);
    expect(loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: ' * ' }).http.corsOrigins).toEqual(['*']);
  });

  it('refuses "*" mixed with origins', () => {
    expect(problems({ CORS_ORIGINS: '*,https://app.example.com' })).toEqual([
      'CORS_ORIGINS must be "*" alone or a list of origins (got "*,https://app.example.com")',
    ]);
  });

  it('refuses "*" in production', () => {
    expect(problems({ NODE_ENV: 'production', ...SIMULATED, CORS_ORIGINS: '*' })).toEqual([
      'CORS_ORIGINS must list exact origins when NODE_ENV=production (got "*")',
    ]);
  });
});

describe('GRAPHQL_EXPLORER', () => {
  it.each([
    ['development', 'sandbox'],
    ['test', 'sandbox'],
    ['production', 'off'],
  ])('defaults in %s to %s', (nodeEnv, expected) => {
    expect(loadConfig({ NODE_ENV: nodeEnv, ...SIMULATED }).http.explorer).toBe(expected);
  });

  it.each(['sandbox', 'graphiql', 'off'])('an explicit %s wins in every mode', (explorer) => {
    for (const nodeEnv of ['development', 'test', 'production']) {
      expect(
        loadConfig({ NODE_ENV: nodeEnv, ...SIMULATED, GRAPHQL_EXPLORER: explorer }).http.explorer,
      ).toBe(explorer);
    }
  });

  it('refuses anything else, naming the choices', () => {
    expect(problems({ GRAPHQL_EXPLORER: 'playground' })).toEqual([
      'GRAPHQL_EXPLORER must be one of sandbox, graphiql, off (got "playground")',
    ]);
  });
});

/** Production refuses implicit simulators; these make the sources simulated on purpose. */
const SIMULATED = {
  LEADSQUARED_MODE: 'simulator',
  PARTNER_CENTRAL_MODE: 'simulator',
  ACCOUNT_ENGAGEMENT_MODE: 'simulator',
  // Production also wants callers authenticated, or AUTH_MODE=none on purpose.
  AUTH_MODE: 'none',
} as const;
