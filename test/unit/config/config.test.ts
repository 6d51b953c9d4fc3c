import { format, inspect } from 'node:util';
import { ConfigError, loadConfig, Secret, type Config } from '../../../src/config.js';

/** Distinctive credential values: a test greps every message for them. */
const ACCESS = 'cfg-test-access-QX81ZB7';
const SECRET = 'cfg-test-secret-PL29MV4';
const KEYS = { LEADSQUARED_ACCESS_KEY: ACCESS, LEADSQUARED_SECRET_KEY: SECRET };

/** The ConfigError `loadConfig(env)` throws; fails the test when it does not throw one. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  it('gives a complete development config from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      logLevel: 'info',
      logFormat: 'json',
      fromEnvFile: [],
      requestTimeoutMs: 30_000,
      simulatorRecords: 1_000,
      http: { corsOrigins: [], explorer: 'sandbox' },
      auth: { mode: 'none', asked: false },
      callerLimits: { requestsPerMinute: 600, quotaShare: 0.5 },
      limits: { maxCost: 10_000, maxDepth: 9, maxAliases: 15, maxDirectives: 50, maxTokens: 1_000 },
      sharedState: {
        redisUrl: undefined,
        redisKeyPrefix: 'og:',
        localQuotaShare: 0.5,
        cacheMaxEntries: 10_000,
        cacheMaxMb: 64,
      },
      metrics: { enabled: true, port: undefined },
      tracing: { enabled: false, enabledBy: [], serviceNameSet: false, diagLevel: 'info' },
      sources: {
        leadSquared: {
          mode: 'simulator',
          liveBecause: [],
          baseUrl: 'https://api.leadsquared.com/v2/',
          accessKey: undefined,
          secretKey: undefined,
          timeoutMs: 10_000,
          quota: { calls: 25, windowMs: 5_000 },
          eventCodes: [12000, 12001, 12003],
          columns: { name: 'mx_Custom_1', stage: 'mx_Custom_2', amount: 'mx_Custom_3' },
          simulatorPort: 0,
          cache: { recordsMs: 30_000, listingsMs: 10_000 },
        },
        partnerCentral: {
          mode: 'simulator',
          liveBecause: [],
          region: 'us-east-1',
          endpoint: undefined,
          catalogs: ['AWS'],
          timeoutMs: 10_000,
          quotaScale: 1,
          simulatorPort: 0,
          simulatorTaskDurationMs: 3_000,
          cache: { recordsMs: 30_000, listingsMs: 10_000 },
        },
        accountEngagement: {
          mode: 'simulator',
          liveBecause: [],
          baseUrl: 'https://pi.pardot.com/',
          loginUrl: 'https://login.salesforce.com/',
          apiVersion: 4,
          format: 'xml',
          businessUnitId: undefined,
          clientId: undefined,
          clientSecret: undefined,
          grant: undefined,
          timeoutMs: 10_000,
          maxConcurrent: 5,
          dailyCalls: 100_000,
          simulatorPort: 0,
          simulatorSharedEmails: true,
          cache: { recordsMs: 30_000, listingsMs: 10_000 },
        },
      },
    });
  });

  it('treats blank and whitespace-only values as unset', () => {
    const config = loadConfig({
      PORT: '',
      LOG_LEVEL: '   ',
      LEADSQUARED_ACCESS_KEY: ' ',
      LEADSQUARED_SECRET_KEY: '',
      LEADSQUARED_EVENT_CODES: '',
    });
    expect(config.port).toBe(4000);
    expect(config.logLevel).toBe('info');
    expect(config.sources.leadSquared.mode).toBe('simulator');
    expect(config.sources.leadSquared.accessKey).toBeUndefined();
    expect(config.sources.leadSquared.eventCodes).toEqual([12000, 12001, 12003]);
  });

  it('trims values', () => {
    const config = loadConfig({ PORT: ' 8080 ', HOST: ' 127.0.0.1 ', LOG_LEVEL: ' debug ' });
    expect(config.port).toBe(8080);
    expect(config.host).toBe('127.0.0.1');
    expect(config.logLevel).toBe('debug');
  });
});

describe('auth variables', () => {
  const JWT = {
    AUTH_JWKS_URL: 'https://issuer.example/.well-known/jwks.json',
    AUTH_ISSUER: 'https://issuer.example/',
    AUTH_AUDIENCE: 'opportunity-graph',
  };

  it('turns JWT checks on with AUTH_JWKS_URL, with a 30 s clock skew by default', () => {
    expect(loadConfig(JWT).auth).toEqual({
      mode: 'jwt',
      jwksUrl: JWT.AUTH_JWKS_URL,
      issuer: JWT.AUTH_ISSUER,
      audience: JWT.AUTH_AUDIENCE,
      clockSkewSeconds: 30,
    });
  });

  it('needs the issuer and the audience with a JWKS, and a JWKS in jwt mode', () => {
    expect(configError({ AUTH_JWKS_URL: JWT.AUTH_JWKS_URL }).problems).toEqual([
      'AUTH_ISSUER is required with AUTH_JWKS_URL',
      'AUTH_AUDIENCE is required with AUTH_JWKS_URL',
    ]);
    expect(configError({ AUTH_MODE: 'jwt' }).problems).toContain(
      'AUTH_MODE=jwt requires AUTH_JWKS_URL',
    );
    expect(configError({ ...JWT, AUTH_MODE: 'none' }).problems).toEqual([
      'AUTH_MODE=none and AUTH_JWKS_URL contradict each other',
    ]);
  });

  it('refuses to serve production openly unless AUTH_MODE=none says so', () => {
    const simulated = {
      NODE_ENV: 'production',
      LEADSQUARED_MODE: 'simulator',
      PARTNER_CENTRAL_MODE: 'simulator',
      ACCOUNT_ENGAGEMENT_MODE: 'simulator',
    };
    expect(configError(simulated).problems).toEqual([
      'NODE_ENV=production needs AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE), or AUTH_MODE=none when the router and the network authenticate callers',
    ]);
    expect(loadConfig({ ...simulated, AUTH_MODE: 'none' }).auth).toEqual({
      mode: 'none',
      asked: true,
    });
    expect(loadConfig({ ...simulated, ...JWT }).auth.mode).toBe('jwt');
  });
});

describe('shared state variables', () => {
  it('keeps REDIS_URL as a Secret and refuses a URL that is not redis:// without quoting it', () => {
    const url = 'redis://user:pw-QX81@cache.internal:6379/2';
    const config = loadConfig({ REDIS_URL: url });
    expect(config.sharedState.redisUrl).toBeInstanceOf(Secret);
    expect(config.sharedState.redisUrl?.reveal()).toBe(url);
    expect(JSON.stringify(config)).not.toContain('pw-QX81');

    const error = configError({ REDIS_URL: 'http://user:pw-QX81@cache.internal:6379' });
    expect(error.problems).toEqual([
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://localhost:6379',
    ]);
    expect(error.message).not.toContain('pw-QX81');
  });

  it('reads the local share, the cache bounds, the prefix and the cache TTLs, each within its rule', () => {
    const config = loadConfig({
      QUOTA_LOCAL_SHARE: '0.25',
      CACHE_MAX_ENTRIES: '500',
      CACHE_MAX_MB: '8',
      REDIS_KEY_PREFIX: '{og-prod}:',
      LEADSQUARED_CACHE_RECORD_TTL_MS: '0',
      PARTNER_CENTRAL_CACHE_LISTING_TTL_MS: '2500',
    });
    expect(config.sharedState).toMatchObject({
      localQuotaShare: 0.25,
      cacheMaxEntries: 500,
      cacheMaxMb: 8,
      redisKeyPrefix: '{og-prod}:',
    });
    expect(config.sources.leadSquared.cache).toEqual({ recordsMs: 0, listingsMs: 10_000 });
    expect(config.sources.partnerCentral.cache).toEqual({ recordsMs: 30_000, listingsMs: 2_500 });
    expect(
      configError({ QUOTA_LOCAL_SHARE: '2', REDIS_KEY_PREFIX: 'has space', CACHE_MAX_ENTRIES: '0' })
        .problems,
    ).toEqual([
      'REDIS_KEY_PREFIX must be 1 to 64 letters, digits or : _ { } . - (got "has space")',
      'QUOTA_LOCAL_SHARE must be a number from 0.01 to 1 (got "2")',
      'CACHE_MAX_ENTRIES must be an integer from 1 to 10000000 (got "0")',
    ]);
  });
});

describe('integer variables', () => {
  const lsq = (config: Config) => config.sources.leadSquared;
  const table: [string, number, number, (config: Config) => number][] = [
    ['PORT', 0, 65_535, (c) => c.port],
    ['REQUEST_TIMEOUT_MS', 100, 600_000, (c) => c.requestTimeoutMs],
    ['SIMULATOR_RECORDS', 1, 100_000, (c) => c.simulatorRecords],
    ['LEADSQUARED_TIMEOUT_MS', 100, 120_000, (c) => lsq(c).timeoutMs],
    ['LEADSQUARED_QUOTA_CALLS', 1, 10_000, (c) => lsq(c).quota.calls],
    ['LEADSQUARED_QUOTA_WINDOW_MS', 100, 3_600_000, (c) => lsq(c).quota.windowMs],
    ['LEADSQUARED_SIMULATOR_PORT', 0, 65_535, (c) => lsq(c).simulatorPort],
  ];

  it.each(table)('%s accepts its bounds %d and %d', (name, min, max, read) => {
    expect(read(loadConfig({ [name]: String(min) }))).toBe(min);
    expect(read(loadConfig({ [name]: String(max) }))).toBe(max);
  });

  it.each(table)('%s rejects values outside %d..%d and non-integers', (name, min, max) => {
    for (const bad of [String(min - 1), String(max + 1), '12.5', '1e3', 'abc', '0x10', '5 ms']) {
      const error = configError({ [name]: bad });
      expect(error.problems).toEqual([
        `${name} must be an integer from ${min} to ${max} (got "${bad}")`,
      ]);
      expect(error.message).toContain(`${name} must be an integer from ${min} to ${max}`);
    }
  });
});

describe('enumerated variables', () => {
  it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const)(
    'LOG_LEVEL accepts %s',
    (level) => {
      expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    },
  );

  it.each(['development', 'production', 'test'] as const)('NODE_ENV accepts %s', (nodeEnv) => {
    // Production needs every source live or explicitly simulated (Partner Central is simulated
    // here) and callers authenticated or AUTH_MODE=none on purpose.
    const env =
      nodeEnv === 'production'
        ? {
            ...KEYS,
            PARTNER_CENTRAL_MODE: 'simulator',
            ACCOUNT_ENGAGEMENT_MODE: 'simulator',
            AUTH_MODE: 'none',
          }
        : {};
    expect(loadConfig({ NODE_ENV: nodeEnv, ...env }).nodeEnv).toBe(nodeEnv);
  });

  it.each([
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    [
      'LOG_LEVEL',
      'INFO',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    ['NODE_ENV', 'staging', 'NODE_ENV must be one of development, production, test'],
    ['LEADSQUARED_MODE', 'demo', 'LEADSQUARED_MODE must be one of auto, simulator, live'],
  ])('%s=%s is rejected with the allowed values', (name, value, rule) => {
    const error = configError({ [name]: value });
    expect(error.problems).toEqual([`${rule} (got "${value}")`]);
  });
});

describe('LEADSQUARED_BASE_URL', () => {
  it.each([
    ['https://api-us11.leadsquared.com/v2/', 'https://api-us11.leadsquared.com/v2/'],
    ['http://127.0.0.1:8080/v2/', 'http://127.0.0.1:8080/v2/'],
    ['https://api.leadsquared.com', 'https://api.leadsquared.com/'],
  ])('accepts %s', (value, expected) => {
    expect(loadConfig({ LEADSQUARED_BASE_URL: value }).sources.leadSquared.baseUrl).toBe(expected);
  });

  it.each([
    ['not a url', 'LEADSQUARED_BASE_URL must be an absolute http(s) URL'],
    ['/v2/', 'LEADSQUARED_BASE_URL must be an absolute http(s) URL'],
    ['ftp://api.leadsquared.com/v2/', 'LEADSQUARED_BASE_URL must use http or https'],
    [
      'https://user:hunter2pw@api.leadsquared.com/v2/',
      'LEADSQUARED_BASE_URL must not contain credentials or a query string',
    ],
    [
      'https://user@api.leadsquared.com/v2/',
      'LEADSQUARED_BASE_URL must not contain credentials or a query string',
    ],
    [
      'https://api.leadsquared.com/v2/?accessKey=hunter2pw',
      'LEADSQUARED_BASE_URL must not contain credentials or a query string',
    ],
  ])('rejects %s', (value, rule) => {
    const error = configError({ LEADSQUARED_BASE_URL: value });
    expect(error.problems).toEqual([rule]);
    // The URL may carry a password or key: it is never echoed.
    expect(error.message).not.toContain('hunter2pw');
  });
});

describe('LEADSQUARED_EVENT_CODES', () => {
  it.each([
    ['12003', [12003]],
    ['12000,12003', [12000, 12003]],
    [' 12000 , 12001 ,12003 ', [12000, 12001, 12003]],
    ['12003,12003,12000', [12003, 12000]],
    ['1,99999999', [1, 99_999_999]],
  ])('reads %j as %j', (value, expected) => {
    expect(loadConfig({ LEADSQUARED_EVENT_CODES: value }).sources.leadSquared.eventCodes).toEqual(
      expected,
    );
  });

  it.each(['12000,abc', '12000,', ',', '0', '100000000', '-12000', '12000;12001', '12.5'])(
    'rejects %j',
    (value) => {
      const error = configError({ LEADSQUARED_EVENT_CODES: value });
      expect(error.problems).toEqual([
        `LEADSQUARED_EVENT_CODES must be a comma-separated list of integers from 1 to 99999999 (got "${value.trim()}")`,
      ]);
    },
  );
});

describe('column identifiers', () => {
  const columns = [
    ['LEADSQUARED_NAME_COLUMN', 'name'],
    ['LEADSQUARED_STAGE_COLUMN', 'stage'],
    ['LEADSQUARED_AMOUNT_COLUMN', 'amount'],
  ] as const;

  it.each(columns)('%s accepts a column name', (name, key) => {
    for (const value of ['mx_Custom_9', 'Status', '_x', 'a'.repeat(64)]) {
      expect(loadConfig({ [name]: value }).sources.leadSquared.columns[key]).toBe(value);
    }
  });

  it.each(columns)('%s rejects anything but letters, digits and underscores', (name) => {
    for (const value of ['mx-Custom', '1column', 'mx Custom', 'a'.repeat(65), 'x;DROP', 'é']) {
      expect(configError({ [name]: value }).problems).toEqual([
        `${name} must be a column name of letters, digits and underscores`,
      ]);
    }
  });
});

describe('ConfigError', () => {
  it('lists every problem at once, each naming its variable and rule', () => {
    const error = configError({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      NODE_ENV: 'staging',
      REQUEST_TIMEOUT_MS: '5',
      SIMULATOR_RECORDS: '0',
      LEADSQUARED_BASE_URL: 'ftp://x',
      LEADSQUARED_EVENT_CODES: 'x',
      LEADSQUARED_NAME_COLUMN: 'a-b',
      LEADSQUARED_ACCESS_KEY: ACCESS,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    const expected = [
      'PORT must be an integer from 0 to 65535',
      'LOG_LEVEL must be one of',
      'NODE_ENV must be one of',
      'REQUEST_TIMEOUT_MS must be an integer from 100 to 600000',
      'SIMULATOR_RECORDS must be an integer from 1 to 100000',
      'LEADSQUARED_BASE_URL must use http or https',
      'LEADSQUARED_EVENT_CODES must be a comma-separated list',
      'LEADSQUARED_NAME_COLUMN must be a column name',
      'LEADSQUARED_ACCESS_KEY and LEADSQUARED_SECRET_KEY must be set together',
    ];
    expect(error.problems).toHaveLength(expected.length);
    for (const fragment of expected) {
      expect(error.problems.some((problem) => problem.startsWith(fragment))).toBe(true);
      expect(error.message).toContain(fragment);
    }
    expect(error.message.startsWith('Invalid configuration:')).toBe(true);
  });

  it.each([
    ['only the access key', { LEADSQUARED_ACCESS_KEY: ACCESS }],
    ['only the secret key', { LEADSQUARED_SECRET_KEY: SECRET }],
    ['only the access key, production', { NODE_ENV: 'production', LEADSQUARED_ACCESS_KEY: ACCESS }],
    [
      'only the secret key, mode live',
      { LEADSQUARED_MODE: 'live', LEADSQUARED_SECRET_KEY: SECRET },
    ],
  ])('never shows a credential value (%s)', (_label, env) => {
    const error = configError(env);
    const everything = [error.message, ...error.problems, String(error), inspect(error)].join('\n');
    expect(everything).not.toContain(ACCESS);
    expect(everything).not.toContain(SECRET);
    expect(error.message).toContain('LEADSQUARED_ACCESS_KEY');
  });
});

describe('LeadSquared mode', () => {
  it('is live with both keys, holding them as Secrets', () => {
    const lsq = loadConfig(KEYS).sources.leadSquared;
    expect(lsq.mode).toBe('live');
    expect(lsq.accessKey).toBeInstanceOf(Secret);
    expect(lsq.accessKey?.reveal()).toBe(ACCESS);
    expect(lsq.secretKey?.reveal()).toBe(SECRET);
  });

  it('is simulator without keys', () => {
    expect(loadConfig({}).sources.leadSquared.mode).toBe('simulator');
    expect(loadConfig({ NODE_ENV: 'test' }).sources.leadSquared.mode).toBe('simulator');
  });

  it.each([
    ['the access key', { LEADSQUARED_ACCESS_KEY: ACCESS }],
    ['the secret key', { LEADSQUARED_SECRET_KEY: SECRET }],
  ])('rejects only %s', (_label, env) => {
    expect(configError(env).problems).toEqual([
      'LEADSQUARED_ACCESS_KEY and LEADSQUARED_SECRET_KEY must be set together',
    ]);
  });

  it('refuses NODE_ENV=production without keys, naming the keys and the way out', () => {
    const error = configError({ NODE_ENV: 'production', AUTH_MODE: 'none' });
    expect(error.problems).toEqual([
      'LEADSQUARED_ACCESS_KEY and LEADSQUARED_SECRET_KEY are required when NODE_ENV=production ' +
        '(or set LEADSQUARED_MODE=simulator to serve simulated data on purpose)',
      'AWS credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, a web identity or container role) are ' +
        'required when NODE_ENV=production ' +
        '(or set PARTNER_CENTRAL_MODE=simulator to serve simulated data on purpose)',
      'ACCOUNT_ENGAGEMENT_REFRESH_TOKEN (or ACCOUNT_ENGAGEMENT_USERNAME and ACCOUNT_ENGAGEMENT_PRIVATE_KEY) is ' +
        'required when NODE_ENV=production ' +
        '(or set ACCOUNT_ENGAGEMENT_MODE=simulator to serve simulated data on purpose)',
    ]);
  });

  it('accepts NODE_ENV=production without keys when LEADSQUARED_MODE=simulator', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      LEADSQUARED_MODE: 'simulator',
      PARTNER_CENTRAL_MODE: 'simulator',
      ACCOUNT_ENGAGEMENT_MODE: 'simulator',
      AUTH_MODE: 'none',
    });
    expect(config.nodeEnv).toBe('production');
    expect(config.sources.leadSquared.mode).toBe('simulator');
  });

  it('is live in production with keys', () => {
    const env = {
      NODE_ENV: 'production',
      PARTNER_CENTRAL_MODE: 'simulator',
      ACCOUNT_ENGAGEMENT_MODE: 'simulator',
      AUTH_MODE: 'none',
      ...KEYS,
    };
    expect(loadConfig(env).sources.leadSquared.mode).toBe('live');
  });

  it('refuses LEADSQUARED_MODE=live without keys', () => {
    expect(configError({ LEADSQUARED_MODE: 'live' }).problems).toEqual([
      'LEADSQUARED_MODE=live requires LEADSQUARED_ACCESS_KEY and LEADSQUARED_SECRET_KEY',
    ]);
  });

  it.each([
    ['auto', {}, 'simulator'],
    ['auto', KEYS, 'live'],
    ['live', KEYS, 'live'],
    ['simulator', {}, 'simulator'],
    ['simulator', KEYS, 'simulator'],
  ] as const)('LEADSQUARED_MODE=%s with %j gives %s', (mode, env, expected) => {
    expect(loadConfig({ LEADSQUARED_MODE: mode, ...env }).sources.leadSquared.mode).toBe(expected);
  });
});

describe('the result', () => {
  it('is deeply frozen', () => {
    const config = loadConfig(KEYS);
    const lsq = config.sources.leadSquared;
    for (const part of [config, config.sources, lsq, lsq.quota, lsq.columns, lsq.eventCodes]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    // ESM modules run in strict mode: writing to a frozen object throws.
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(() => {
      (lsq.quota as { calls: number }).calls = 1;
    }).toThrow(TypeError);
    expect(() => (lsq.eventCodes as number[]).push(1)).toThrow(TypeError);
    expect(config.port).toBe(4000);
  });

  it('never shows the keys when printed whole', () => {
    const config = loadConfig(KEYS);
    for (const text of [JSON.stringify(config), inspect(config, { depth: null }), format(config)]) {
      expect(text).not.toContain(ACCESS);
      expect(text).not.toContain(SECRET);
      expect(text).toContain('redacted');
    }
  });
});

describe('Secret', () => {
  const secret = new Secret(SECRET);

  it.each([
    ['String()', () => String(secret), '[redacted]'],
    ['template literal', () => `${secret}`, '[redacted]'],
    ['concatenation', () => 'key=' + secret, 'key=[redacted]'],
    ['JSON.stringify', () => JSON.stringify({ secret }), '{"secret":"[redacted]"}'],
    ['util.inspect', () => inspect(secret), 'Secret([redacted])'],
    ['util.inspect showHidden', () => inspect(secret, { showHidden: true }), 'Secret([redacted])'],
    ['util.format %s', () => format('%s', secret), '[redacted]'],
    ['util.format %o', () => format('%o', secret), 'Secret([redacted])'],
  ])('prints as redacted via %s', (_label, render, expected) => {
    expect(render()).toBe(expected);
  });

  it('reveals its value only on request', () => {
    expect(secret.reveal()).toBe(SECRET);
    expect(Object.keys(secret)).toEqual([]);
  });
});
