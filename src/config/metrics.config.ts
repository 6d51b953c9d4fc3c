import type { EnvReader } from './env-reader.js';
import type { NodeEnv } from './mode.js';

export interface MetricsConfig {
  /**
   * Whether GET /metrics answers (Prometheus text). On by default outside production; production
   * serves it only when METRICS_ENABLED=true, since it tells anyone who asks about the traffic.
   */
  readonly enabled: boolean;
  /**
   * A port of its own for /metrics (on HOST), so it can stay off the public listener; unset: the
   * GraphQL port serves it. 0 picks a free port (tests).
   */
  readonly port: number | undefined;
}

export const METRICS_VARIABLES = ['METRICS_ENABLED', 'METRICS_PORT'] as const;

export function readMetricsConfig(env: EnvReader, nodeEnv: NodeEnv, port: number): MetricsConfig {
  const enabled = env.has('METRICS_ENABLED')
    ? env.oneOf('METRICS_ENABLED', ['true', 'false'] as const, 'false') === 'true'
    : nodeEnv !== 'production';
  const metricsPort = env.has('METRICS_PORT') ? env.int('METRICS_PORT', 0, 0, 65_535) : undefined;
  if (metricsPort !== undefined && metricsPort !== 0 && metricsPort === port)
    env.problems.push(
      `METRICS_PORT must differ from PORT (${port}); leave it unset to serve /metrics on PORT`,
    );
  return { enabled, port: metricsPort };
}
