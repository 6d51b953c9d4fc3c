import { ConfigError, loadConfig } from '../../../src/config.js';

const tracing = (env: Record<string, string>) => loadConfig(env).tracing;

/** The problems loadConfig reports for `env`, one per line. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('tracing settings (the standard OTEL_* variables)', () => {
  it('is off with none of them set', () => {
    expect(tracing({})).toEqual({
      enabled: false,
      enabledBy: [],
      serviceNameSet: false,
      diagLevel: 'info',
    });
  });

  it.each([
    ['OTEL_TRACES_EXPORTER', 'otlp'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://collector:4318'],
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://collector:4318/v1/traces'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'http/json'],
    ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'grpc'],
    ['OTEL_SERVICE_NAME', 'deals'],
    ['OTEL_TRACES_SAMPLER', 'traceidratio'],
    ['OTEL_TRACES_SAMPLER_ARG', '0.25'],
  ])('is on with %s set, and says so by name', (name, value) => {
    expect(tracing({ [name]: value })).toMatchObject({ enabled: true, enabledBy: [name] });
  });

  it('stays off with OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(tracing({ ...endpoint, OTEL_SDK_DISABLED: 'TRUE' }).enabled).toBe(false);
    expect(tracing({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' }).enabled).toBe(false);
    expect(tracing({ ...endpoint, OTEL_SDK_DISABLED: 'false' }).enabled).toBe(true);
  });

  it('does not count the resource attributes or the log level as asking for traces', () => {
    expect(
      tracing({ OTEL_RESOURCE_ATTRIBUTES: 'service.name=deals', OTEL_LOG_LEVEL: 'DEBUG' }),
    ).toEqual({ enabled: false, enabledBy: [], serviceNameSet: true, diagLevel: 'debug' });
  });

  it('knows when the service is named elsewhere, so that it keeps that name', () => {
    expect(tracing({ OTEL_SERVICE_NAME: 'deals' }).serviceNameSet).toBe(true);
    const attributes = 'deployment.environment.name=prod, service.name=deals';
    expect(tracing({ OTEL_RESOURCE_ATTRIBUTES: attributes }).serviceNameSet).toBe(true);
    const other = 'deployment.environment.name=prod,my.service.name=x';
    expect(tracing({ OTEL_RESOURCE_ATTRIBUTES: other }).serviceNameSet).toBe(false);
  });

  it('refuses values the SDK would silently replace by its defaults, naming each variable', () => {
    expect(
      problems({
        OTEL_TRACES_EXPORTER: 'otlp,jaeger',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http-json',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        OTEL_TRACES_SAMPLER: 'ratio',
        OTEL_TRACES_SAMPLER_ARG: '2',
        OTEL_SDK_DISABLED: 'yes',
        OTEL_LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'OTEL_TRACES_EXPORTER must be a comma-separated list of otlp, zipkin, console, or none ' +
        'alone (got "otlp,jaeger")',
      'OTEL_EXPORTER_OTLP_PROTOCOL must be one of http/protobuf, http/json, grpc (got "http-json")',
      'OTEL_EXPORTER_OTLP_ENDPOINT must use http or https',
      'OTEL_TRACES_SAMPLER must be one of always_on, always_off, traceidratio, ' +
        'parentbased_always_on, parentbased_always_off, parentbased_traceidratio (got "ratio")',
      'OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1 (got "2")',
      'OTEL_SDK_DISABLED must be one of true, false (got "yes")',
      'OTEL_LOG_LEVEL must be one of none, error, warn, info, debug, verbose, all (got "loud")',
    ]);
  });

  it('refuses none beside another exporter, and an endpoint with a query string', () => {
    expect(problems({ OTEL_TRACES_EXPORTER: 'otlp,none' })).toHaveLength(1);
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector/?key=1' })).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT must not contain credentials or a query string',
    ]);
    expect(problems({ OTEL_TRACES_EXPORTER: 'otlp, console' })).toEqual([]);
  });
});
