import { ConfigError, loadConfig } from '../../src/config.js';

/** The problems of the ConfigError `loadConfig(env)` throws; fails when it does not throw one. */
export function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}
