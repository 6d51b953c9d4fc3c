import type { EnvReader } from './env-reader.js';
import type { NodeEnv } from './mode.js';

/**
 * Who may call: `jwt` verifies a Bearer token on every request against the JWKS; `none` serves
 * everyone (the router and the network authenticate instead). Production refuses `none` unless it
 * is asked for by name, so a forgotten AUTH_JWKS_URL cannot open the API by accident.
 */
export type AuthConfig =
  | {
      readonly mode: 'jwt';
      readonly jwksUrl: string;
      readonly issuer: string;
      readonly audience: string;
      /** Leeway for `exp` and `nbf`, for clocks that disagree a little. */
      readonly clockSkewSeconds: number;
    }
  | { readonly mode: 'none'; readonly asked: boolean };

export const AUTH_VARIABLES = [
  'AUTH_MODE',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_CLOCK_SKEW_SECONDS',
] as const;

export function readAuthConfig(env: EnvReader, nodeEnv: NodeEnv): AuthConfig {
  const jwksUrl = env.has('AUTH_JWKS_URL') ? env.url('AUTH_JWKS_URL', '') : undefined;
  const mode = env.oneOf('AUTH_MODE', ['jwt', 'none'] as const, jwksUrl ? 'jwt' : 'none');
  if (mode === 'none') {
    if (jwksUrl) env.problems.push('AUTH_MODE=none and AUTH_JWKS_URL contradict each other');
    const asked = env.has('AUTH_MODE');
    if (nodeEnv === 'production' && !asked) {
      env.problems.push(
        'NODE_ENV=production needs AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE), or AUTH_MODE=none when the router and the network authenticate callers',
      );
    }
    return { mode: 'none', asked };
  }
  if (!jwksUrl) env.problems.push('AUTH_MODE=jwt requires AUTH_JWKS_URL');
  for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE']) {
    if (!env.has(name)) env.problems.push(`${name} is required with AUTH_JWKS_URL`);
  }
  return {
    mode: 'jwt',
    jwksUrl: jwksUrl ?? '',
    issuer: env.string('AUTH_ISSUER', ''),
    audience: env.string('AUTH_AUDIENCE', ''),
    clockSkewSeconds: env.int('AUTH_CLOCK_SKEW_SECONDS', 30, 0, 300),
  };
}
