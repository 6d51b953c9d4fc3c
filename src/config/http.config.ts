import type { EnvReader } from './env-reader.js';
import type { NodeEnv } from './mode.js';

/** `sandbox`: Apollo Sandbox; `graphiql`: GraphiQL served whole by this server; `off`: none. */
export type GraphqlExplorer = 'sandbox' | 'graphiql' | 'off';

export interface HttpConfig {
  /**
   * Browser origins allowed to call /graphql cross-origin, normalised as browsers send them
   * (lower-case host, no default port). Empty: no CORS headers at all. `['*']`: any origin
   * (refused in production).
   */
  readonly corsOrigins: readonly string[];
  readonly explorer: GraphqlExplorer;
}

export const HTTP_VARIABLES = ['CORS_ORIGINS', 'GRAPHQL_EXPLORER'] as const;

const EXPLORERS = ['sandbox', 'graphiql', 'off'] as const;
const ORIGIN_FORM = 'an origin such as https://app.example.com (scheme://host[:port], no path)';

/**
 * The origin `value` names, or undefined when it is not exactly an origin. A trailing slash or a
 * path is refused rather than trimmed: browsers never send one, so it signals a pasted page URL.
 */
function parseOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(url.protocol)) return undefined;
  if (url.username || url.password || url.search || url.hash || value.endsWith('/')) {
    return undefined;
  }
  return url.pathname === '/' ? url.origin : undefined;
}

function readCorsOrigins(env: EnvReader, nodeEnv: NodeEnv): string[] {
  const value = env.raw('CORS_ORIGINS');
  if (value === undefined) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.includes('*')) {
    // Any origin is handy against local front-ends on changing ports; in production it would let
    // every web page read this API with whatever Authorization header its script sets.
    if (nodeEnv === 'production') {
      env.problems.push('CORS_ORIGINS must list exact origins when NODE_ENV=production (got "*")');
    } else if (items.length > 1) {
      env.problems.push(`CORS_ORIGINS must be "*" alone or a list of origins (got "${value}")`);
    }
    return ['*'];
  }
  const origins: string[] = [];
  for (const item of items) {
    const origin = parseOrigin(item);
    if (origin === undefined)
      env.problems.push(`CORS_ORIGINS must list ${ORIGIN_FORM} (got "${item}")`);
    else origins.push(origin);
  }
  return [...new Set(origins)];
}

export function readHttpConfig(env: EnvReader, nodeEnv: NodeEnv): HttpConfig {
  return {
    corsOrigins: readCorsOrigins(env, nodeEnv),
    explorer: env.oneOf(
      'GRAPHQL_EXPLORER',
      EXPLORERS,
      nodeEnv === 'production' ? 'off' : 'sandbox',
    ),
  };
}
