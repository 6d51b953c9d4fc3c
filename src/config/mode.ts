import type { EnvReader } from './env-reader.js';

export type NodeEnv = 'development' | 'production' | 'test';
/** `simulator`: served by the built-in simulator; `live`: the real upstream. */
export type SourceMode = 'simulator' | 'live';

const MODES = ['auto', 'simulator', 'live'] as const;

/**
 * A source without credentials runs on its simulator. In production that is only allowed when the
 * operator asked for it explicitly, so a missing secret can never silently turn into demo data.
 */
export function resolveMode(
  env: EnvReader,
  prefix: string,
  credentials: { present: boolean; describe: string },
  nodeEnv: NodeEnv,
): SourceMode {
  const requested = env.oneOf(`${prefix}_MODE`, MODES, 'auto');
  if (requested === 'simulator') return 'simulator';
  if (requested === 'live' || credentials.present) return 'live';
  if (nodeEnv === 'production') {
    env.problems.push(
      `${credentials.describe} required when NODE_ENV=production ` +
        `(or set ${prefix}_MODE=simulator to serve simulated data on purpose)`,
    );
  }
  return 'simulator';
}
