import type { EnvReader } from './env-reader.js';

export type NodeEnv = 'development' | 'production' | 'test';
/** `simulator`: served by the built-in simulator; `live`: the real upstream. */
export type SourceMode = 'simulator' | 'live';

const MODES = ['auto', 'simulator', 'live'] as const;

/**
 * A source without credentials runs on its simulator. In production that is only allowed when the
 * operator asked for it explicitly, so a missing secret can never silently turn into demo data.
 */
export interface ModeChoice {
  readonly mode: SourceMode;
  /**
   * Set when `auto` went live because credentials were found: the variables that did it (names
   * only), so that start-up can say why a source left its simulator.
   */
  readonly liveBecause: readonly string[];
}

export function resolveMode(
  env: EnvReader,
  prefix: string,
  credentials: { present: boolean; variables: readonly string[]; describe: string },
  nodeEnv: NodeEnv,
): ModeChoice {
  const requested = env.oneOf(`${prefix}_MODE`, MODES, 'auto');
  if (requested === 'simulator') return { mode: 'simulator', liveBecause: [] };
  if (requested === 'live') return { mode: 'live', liveBecause: [] };
  if (credentials.present) {
    return { mode: 'live', liveBecause: credentials.variables.filter((name) => env.has(name)) };
  }
  if (nodeEnv === 'production') {
    env.problems.push(
      `${credentials.describe} required when NODE_ENV=production ` +
        `(or set ${prefix}_MODE=simulator to serve simulated data on purpose)`,
    );
  }
  return { mode: 'simulator', liveBecause: [] };
}
