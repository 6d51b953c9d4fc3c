import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Reads a dotenv file (Node's own parser, `util.parseEnv`, so no dependency) into `env` without
 * overwriting what is already set: the real environment always wins, as with `node --env-file`.
 * The values go into `env` itself, not a copy, because the AWS SDK reads its credential
 * variables from process.env. Returns the names it set (never the values), or [] without a file.
 */
export function loadEnvFile(path: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(path)) return [];
  const parsed = parseEnv(readFileSync(path, 'utf8'));
  const added: string[] = [];
  for (const [name, value] of Object.entries(parsed)) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    added.push(name);
  }
  return added;
}
